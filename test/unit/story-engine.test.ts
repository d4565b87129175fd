// The pure story engine on the launch story: what a choice pays and emits, when it is refused, how saves
// survive content changes, and (property) that no sequence of taps ever pays the same cause twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/content/pack.ts';
import { chapterAccess } from '../../src/domain/story/chapters.ts';
import { storyCompletion, storyInventory } from '../../src/domain/story/completion.ts';
import { choiceStates } from '../../src/domain/story/conditions.ts';
import {
  choose,
  jumpToChapter,
  newSave,
  restart,
  resume,
  type StepResult,
} from '../../src/domain/story/engine.ts';
import type { Story, StoryPlayer, StorySave } from '../../src/domain/story/types.ts';

const pack = loadPack('content/diana');
const story = pack.story;
const rewards = pack.economy.rewards;
const visitor: StoryPlayer = { isVip: false, level: 1, balance: 20, items: new Map() };
const vip: StoryPlayer = { ...visitor, isVip: true };

function step(save: StorySave, choice: string, player = visitor, s: Story = story): StepResult {
  return choose(
    s,
    save,
    { revision: save.revision, node: save.node, choice },
    { userId: 7, player, rewards },
  );
}

/** Plays choices in order and returns the last save (each step must be applied). */
function play(choices: string[], player = visitor, from = newSave(story)): StorySave {
  let save = from;
  for (const choice of choices) {
    const result = step(save, choice, player);
    if (!result.ok) throw new Error(`${save.node}.${choice} refused: ${result.refusal}`);
    save = result.save;
  }
  return save;
}

const toGarden = ['entrar', 'seguir', 'excusa', 'copa', 'ella'];
const toBalcony = ['entrar', 'seguir', 'verdad', 'copa', 'jugar', 'silencio', 'balcon'];

describe('story engine', () => {
  it('starts every save at the start of the story', () => {
    expect(newSave(story)).toMatchObject({ node: 'c1_puerta', chapter: 'c1', revision: 0, runs: 1 });
  });

  it('pays a fragment and a decision the first time, with keys derived from the cause', () => {
    const result = step(newSave(story), 'entrar');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.awards).toEqual([
      { reason: 'fragment', base: 10, key: 'fragment:7:c1_puerta', ref: 'c1_puerta' },
      { reason: 'decision', base: 5, key: 'decision:7:c1_puerta:entrar', ref: 'c1_puerta.entrar' },
    ]);
    expect(result.events.map((e) => e.type)).toEqual(['FragmentCompleted', 'DecisionMade']);
    expect(result.save).toMatchObject({
      node: 'c1_lucien',
      revision: 1,
      visited: ['c1_puerta', 'c1_lucien'],
    });
  });

  it('refuses a button of another screen or a choice the node does not have', () => {
    const save = play(['entrar']);
    const tap = (revision: number, node: string, choice: string) =>
      choose(story, save, { revision, node, choice }, { userId: 7, player: visitor, rewards });
    expect(tap(0, 'c1_puerta', 'entrar')).toEqual({ ok: false, refusal: 'stale' });
    expect(tap(1, 'c1_puerta', 'entrar')).toEqual({ ok: false, refusal: 'stale' });
    expect(tap(1, 'c1_lucien', 'volar')).toEqual({ ok: false, refusal: 'unknown' });
  });

  it('sets flags, moves the relationship and completes chapters, with their events', () => {
    const atSalon = play(['entrar', 'seguir']);
    const sincere = step(atSalon, 'verdad');
    if (!sincere.ok) throw new Error('refused');
    expect(sincere.save).toMatchObject({ flags: ['sincero'], relationship: 1, emotion: 'juguetona' });
    expect(sincere.events.map((e) => e.type)).toEqual([
      'FragmentCompleted',
      'DecisionMade',
      'FlagSet',
      'RelationshipChanged',
    ]);
    const inChapter2 = step(play(['copa'], visitor, sincere.save), 'jugar');
    if (!inChapter2.ok) throw new Error('refused');
    expect(inChapter2.events).toContainEqual({
      type: 'ChapterCompleted',
      userId: 7,
      payload: { chapter: 'c1' },
    });
    expect(inChapter2.save.chapter).toBe('c2');
  });

  it('takes Diana’s mood from the choice that causes it', () => {
    const result = step(play(['entrar', 'seguir', 'excusa']), 'copa');
    expect(result.ok && result.save.emotion).toBe('juguetona');
  });

  it('shows gated choices locked with the reason, and hides what the author hid', () => {
    const atGarden = play(toGarden);
    const states = choiceStates(story.nodes.get('c2_jardin')!, atGarden, visitor);
    expect(states.map((s) => [s.choice.id, s.status === 'locked' ? s.lock : 'open'])).toEqual([
      ['llave', { kind: 'item', item: 'llave_jardin_secreto' }],
      ['verja', 'open'],
      ['volver', 'open'],
    ]);
    expect(step(atGarden, 'llave')).toEqual({
      ok: false,
      refusal: 'locked',
      lock: { kind: 'item', item: 'llave_jardin_secreto' },
    });
    const withKey = { ...visitor, items: new Map([['llave_jardin_secreto', 1]]) };
    expect(step(atGarden, 'llave', withKey).ok).toBe(true);

    const balcony = story.nodes.get('c2_balcon')!;
    const evasive = play(['entrar', 'seguir', 'excusa', 'copa', 'jugar', 'silencio', 'balcon']);
    expect(choiceStates(balcony, evasive, visitor).map((s) => s.choice.id)).toEqual(['preguntar', 'callar']);
    const sincere = play(toBalcony);
    expect(choiceStates(balcony, sincere, visitor).map((s) => s.choice.id)).toEqual([
      'preguntar',
      'callar',
      'recordar',
    ]);
  });

  it('locks by level, besitos, VIP and relationship', () => {
    const atSilence = play([...toBalcony, 'callar']);
    expect(step(atSilence, 'carta')).toMatchObject({ refusal: 'locked', lock: { kind: 'level', level: 3 } });
    expect(step(atSilence, 'carta', { ...visitor, level: 3 }).ok).toBe(true);

    const atPortrait = play(['retrato'], visitor, atSilence);
    expect(step(atPortrait, 'lucien', { ...visitor, balance: 29 })).toMatchObject({
      refusal: 'locked',
      lock: { kind: 'besitos', amount: 30 },
    });
    const paid = step(atPortrait, 'lucien', { ...visitor, balance: 30 });
    expect(paid.ok && paid.cost).toEqual({
      reason: 'story_cost',
      amount: 30,
      key: 'story_cost:7:c3_retrato:lucien',
      ref: 'c3_retrato.lucien',
    });

    const atMidnight = play(['esperar'], visitor, atPortrait);
    expect(step(atMidnight, 'terciopelo')).toMatchObject({ refusal: 'locked', lock: { kind: 'vip' } });
    expect(step(atMidnight, 'terciopelo', vip).ok).toBe(true);
    const cold = play([
      'entrar',
      'seguir',
      'excusa',
      'copa',
      'ella',
      'volver',
      'preguntar',
      'perdon',
      'sentarme',
      'retrato',
      'esperar',
    ]);
    expect(cold.relationship).toBe(0);
    expect(step(cold, 'volver')).toMatchObject({
      refusal: 'locked',
      lock: { kind: 'relationship', value: 2 },
    });
  });

  it('pays the bonus and grants the item of a choice once', () => {
    const withKey = { ...visitor, items: new Map([['llave_jardin_secreto', 1]]) };
    const atRose = play([...toGarden, 'llave', 'rosa'], withKey);
    const result = step(atRose, 'guardar', withKey);
    if (!result.ok) throw new Error('refused');
    expect(result.grants).toEqual(['carta_jardin']);
    expect(result.awards.map((a) => a.key)).toContain('story_bonus:7:c2_rosa:guardar');
  });

  it('reaches an ending once, and begins again without paying anything twice', () => {
    const atMidnight = play([...toBalcony, 'callar', 'retrato', 'esperar']);
    const end = step(atMidnight, 'volver');
    if (!end.ok) throw new Error('refused');
    expect(end.save).toMatchObject({
      node: 'fin_puerta',
      endings: ['fin_puerta'],
      chapters: ['c1', 'c2', 'c3'],
    });
    expect(end.events.map((e) => e.type)).toEqual([
      'FragmentCompleted',
      'DecisionMade',
      'FragmentCompleted',
      'EndingReached',
      'ChapterCompleted',
    ]);
    expect(end.awards.map((a) => a.key)).toContain('fragment:7:fin_puerta');
    expect(step(end.save, 'volver')).toEqual({ ok: false, refusal: 'stale' });

    const again = restart(story, end.save, end.save.revision, visitor);
    if (!again.ok) throw new Error('refused');
    expect(again.save).toMatchObject({ node: 'c1_puerta', runs: 2, flags: [], relationship: 0, choices: [] });
    expect(again.save.endings).toEqual(['fin_puerta']);
    const replay = step(again.save, 'entrar');
    expect(replay.ok && replay.awards).toEqual([]);
    expect(replay.ok && replay.events).toEqual([]);
    expect(restart(story, replay.ok ? replay.save : again.save, 99, visitor)).toEqual({
      ok: false,
      refusal: 'stale',
    });
  });

  it('does not begin again in the middle of the story while a choice is open', () => {
    const save = play(['entrar']);
    expect(restart(story, save, save.revision, visitor)).toEqual({ ok: false, refusal: 'stale' });
  });
});

describe('jumping to a chapter (📖 Diario)', () => {
  const offered = (save: StorySave, player: StoryPlayer) =>
    chapterAccess(story, save, player).map((a) => `${a.chapter.id}:${a.status}`);

  it('offers the chapters read into, and the VIP ones open to a VIP and locked to anyone else', () => {
    const inChapterTwo = play(toBalcony);
    expect(offered(inChapterTwo, visitor)).toEqual(['c1:open', 'c2:open', 'c4:locked', 'c6:locked']);
    expect(offered(newSave(story), vip)).toEqual(['c1:open', 'c4:open', 'c6:open']);
    expect(chapterAccess(story, inChapterTwo, visitor)[2]).toMatchObject({ lock: { kind: 'vip' } });
  });

  it('begins a new run at the chapter’s start, keeping the record, and pays nothing again', () => {
    const atBalcony = play([...toBalcony, 'callar']);
    const back = jumpToChapter(story, atBalcony, { revision: atBalcony.revision, chapter: 'c2' }, visitor);
    if (!back.ok) throw new Error('refused');
    expect(back).toMatchObject({ events: [], awards: [], cost: undefined, grants: [] });
    expect(back.save).toMatchObject({
      node: 'c2_biblioteca',
      chapter: 'c2',
      flags: [],
      relationship: 0,
      choices: [],
      runs: atBalcony.runs + 1,
      revision: atBalcony.revision + 1,
      visited: atBalcony.visited,
      taken: atBalcony.taken,
      chapters: atBalcony.chapters,
    });
    // Leaving chapter 3 by the jump does not complete it.
    expect(back.save.chapters).toEqual(['c1', 'c2']);
    const again = play(['silencio', 'balcon'], visitor, back.save);
    expect(again.node).toBe('c2_balcon');
    const replay = step(again, 'callar');
    expect(replay.ok && replay.awards).toEqual([]);
  });

  it('refuses a stale button, a chapter never reached and a VIP chapter without VIP', () => {
    const save = play(['entrar']);
    const jump = (chapter: string, revision = save.revision, player = visitor) =>
      jumpToChapter(story, save, { revision, chapter }, player);
    expect(jump('c1', save.revision - 1)).toEqual({ ok: false, refusal: 'stale' });
    expect(jump('c3')).toEqual({ ok: false, refusal: 'unknown' });
    expect(jump('nowhere')).toEqual({ ok: false, refusal: 'unknown' });
    expect(jump('c4')).toEqual({ ok: false, refusal: 'locked', lock: { kind: 'vip' } });
    const velvet = jump('c4', save.revision, vip);
    expect(velvet.ok && velvet.save.node).toBe('c4_terciopelo');
  });
});

describe('saves and content changes', () => {
  /** The launch story with `c2_verja` renamed to `c2_fuente` and `c3_carta` removed. */
  function changedStory(): Story {
    const nodes = new Map(story.nodes);
    const verja = nodes.get('c2_verja')!;
    nodes.delete('c2_verja');
    nodes.set('c2_fuente', { ...verja, id: 'c2_fuente' });
    nodes.delete('c3_carta');
    return { ...story, nodes, moved: new Map([...story.moved, ['c2_verja', 'c2_fuente']]) };
  }

  it('moves a save whose node was renamed to where the pack says', () => {
    const save = play([...toGarden, 'verja']);
    expect(save.node).toBe('c2_verja');
    const { save: moved, moved: wasMoved } = resume(changedStory(), save);
    expect(wasMoved).toBe(true);
    expect(moved).toMatchObject({ node: 'c2_fuente', revision: save.revision + 1, flags: save.flags });
    expect(step(moved, 'balcon', visitor, changedStory()).ok).toBe(true);
  });

  it('moves a save whose node was removed to the start of its chapter, or of the story', () => {
    const atLetter = { ...newSave(story), node: 'c3_carta', chapter: 'c3' };
    expect(resume(changedStory(), atLetter).save.node).toBe('c3_tormenta');
    const lost = { ...newSave(story), node: 'gone', chapter: 'gone' };
    expect(resume(story, lost).save.node).toBe('c1_puerta');
    expect(resume(story, { ...lost, node: 'c1_entrada' }).save.node).toBe('c1_puerta');
  });

  it('keeps every save of the launch story as first written: each of its nodes still exists', () => {
    const first = loadPack('test/fixtures/template-pack').story;
    expect(first.nodes.size).toBe(29);
    for (const node of first.nodes.values()) {
      const save = { ...newSave(story), node: node.id, chapter: node.chapter };
      expect(resume(story, save), node.id).toEqual({ save, moved: false });
    }
  });

  it('leaves a save alone when its node still exists', () => {
    const save = play(['entrar']);
    expect(resume(story, save)).toEqual({ save, moved: false });
  });
});

describe('story completion (for the Ultimate Explorer achievement)', () => {
  it('lists what exists, with VIP chapters only for VIP users', () => {
    const all = storyInventory(story, { vip: true });
    const free = storyInventory(story, { vip: false });
    expect(all.nodes).toHaveLength(story.nodes.size);
    expect(all.endings).toEqual([
      'fin_escalera',
      'fin_puerta',
      'fin_terciopelo',
      'fin_alba',
      'fin_carta',
      'fin_promesa',
      'fin_fuente',
      'fin_silencio',
      'fin_amanecer',
      'fin_rosa',
      'fin_pluma',
      'fin_ventana',
    ]);
    expect(free.endings).toEqual([
      'fin_escalera',
      'fin_puerta',
      'fin_carta',
      'fin_promesa',
      'fin_fuente',
      'fin_silencio',
      'fin_amanecer',
      'fin_rosa',
    ]);
    expect(free.chapters).toEqual(['c1', 'c2', 'c3', 'c5']);
  });

  it('measures a save against it', () => {
    const save = play([...toBalcony, 'callar', 'retrato', 'esperar', 'volver']);
    const progress = storyCompletion(story, save, { vip: false });
    expect(progress.endings).toEqual({ reached: 1, total: 8 });
    expect(progress.fragments.completed).toBe(12);
    expect(progress.complete).toBe(false);
  });
});

describe('story engine (properties)', () => {
  const players = fc.constantFrom(visitor, vip, {
    isVip: true,
    level: 10,
    balance: 1000,
    items: new Map([['llave_jardin_secreto', 1]]),
  });

  it('is deterministic and never pays the same cause twice, whatever the taps and chapter jumps', () => {
    // Picks 0-5 take a choice; 6 and 7 jump to a chapter the Diario offers.
    fc.assert(
      fc.property(players, fc.array(fc.nat(7), { maxLength: 80 }), (player, picks) => {
        const run = () => {
          let save = newSave(story);
          const keys: string[] = [];
          for (const pick of picks) {
            const node = story.nodes.get(save.node)!;
            const open = choiceStates(node, save, player).filter((s) => s.status === 'open');
            const chapters = chapterAccess(story, save, player).filter((a) => a.status === 'open');
            const result =
              pick >= 6
                ? jumpToChapter(
                    story,
                    save,
                    { revision: save.revision, chapter: chapters[pick % chapters.length]!.chapter.id },
                    player,
                  )
                : open.length === 0
                  ? restart(story, save, save.revision, player)
                  : step(save, open[pick % open.length]!.choice.id, player);
            expect(result.ok).toBe(true);
            if (!result.ok) break;
            expect(result.save.revision).toBe(save.revision + 1);
            expect(story.nodes.has(result.save.node)).toBe(true);
            keys.push(...result.awards.map((a) => a.key), ...(result.cost ? [result.cost.key] : []));
            save = result.save;
          }
          return { save, keys };
        };
        const first = run();
        expect(new Set(first.keys).size).toBe(first.keys.length);
        expect(run()).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});
