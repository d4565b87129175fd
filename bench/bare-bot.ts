// The baseline: a bare grammY bot with in-memory state, on the same fake Bot API, with the same runner.
// Run as its own process, configured like Diana (TELEGRAM_BOT_TOKEN, TELEGRAM_API_ROOT).
import { run } from '@grammyjs/runner';
import { Bot, InlineKeyboard } from 'grammy';

const bot = new Bot(process.env.TELEGRAM_BOT_TOKEN ?? '', {
  client: { apiRoot: process.env.TELEGRAM_API_ROOT ?? '' },
});
const seen = new Set<number>();
const menu = new InlineKeyboard().text('A', 'a').text('B', 'b').row().text('C', 'c');
bot.command('start', (ctx) => {
  seen.add(ctx.from?.id ?? 0);
  return ctx.reply(`Hello ${ctx.from?.first_name}`);
});
bot.command('diana', (ctx) => ctx.reply(`Menu (${seen.size} users)`, { reply_markup: menu }));
await bot.init();
const runner = run(bot);
console.log('bare bot running');
process.on('SIGTERM', () => runner.stop().then(() => process.exit(0)));
