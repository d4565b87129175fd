// The frame of the console: sign-in state, the header (language, role, sign out) and the list of screens the
// role may open; on a phone the list folds behind a burger.
import {
  Anchor,
  AppShell,
  Badge,
  Burger,
  Button,
  Center,
  Container,
  Group,
  Loader,
  NavLink,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, useEffect, useState } from 'react';
import type { Role } from '../../src/domain/access.ts';
import { allows } from '../../src/domain/access.ts';
import { onSessionChange, renewSession, type Session, signOut } from './api.ts';
import { type Language, type MessageKey, useI18n } from './i18n.tsx';
import { go, useScreen } from './route.ts';
import { AnalyticsScreen } from './screens/Analytics.tsx';
import { AuditScreen } from './screens/Audit.tsx';
import { BroadcastsScreen } from './screens/Broadcasts.tsx';
import { ChannelsScreen } from './screens/Channels.tsx';
import { OperationsScreen } from './screens/Operations.tsx';
import { OverviewScreen } from './screens/Overview.tsx';
import { PeopleScreen } from './screens/People.tsx';
import { SettingsScreen } from './screens/Settings.tsx';
import { VipScreen } from './screens/Vip.tsx';
import { SessionProvider } from './session.tsx';

const SCREENS: Array<{ id: string; label: MessageKey; role: Role; render: () => ReactNode }> = [
  { id: 'overview', label: 'nav.overview', role: 'viewer', render: () => <OverviewScreen /> },
  { id: 'people', label: 'nav.people', role: 'viewer', render: () => <PeopleScreen /> },
  { id: 'vip', label: 'nav.vip', role: 'viewer', render: () => <VipScreen /> },
  { id: 'channels', label: 'nav.channels', role: 'viewer', render: () => <ChannelsScreen /> },
  { id: 'broadcasts', label: 'nav.broadcasts', role: 'viewer', render: () => <BroadcastsScreen /> },
  { id: 'analytics', label: 'nav.analytics', role: 'viewer', render: () => <AnalyticsScreen /> },
  { id: 'audit', label: 'nav.audit', role: 'viewer', render: () => <AuditScreen /> },
  { id: 'operations', label: 'nav.operations', role: 'developer', render: () => <OperationsScreen /> },
  { id: 'settings', label: 'nav.settings', role: 'admin', render: () => <SettingsScreen /> },
];

function LanguageSwitch() {
  const { language, setLanguage } = useI18n();
  return (
    <SegmentedControl
      size="xs"
      aria-label="Idioma / Language"
      value={language}
      onChange={(v) => setLanguage(v as Language)}
      data={[
        { value: 'es', label: 'ES' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}

function SignedOut() {
  const { t } = useI18n();
  return (
    <Container size="sm" py="xl">
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Group justify="space-between">
            <Title order={2}>{t('signedOut.title')}</Title>
            <LanguageSwitch />
          </Group>
          <Text>{t('signedOut.body')}</Text>
          <Text size="sm" c="dimmed">
            <Anchor href="/docs">{t('signedOut.docs')}</Anchor>
          </Text>
        </Stack>
      </Paper>
    </Container>
  );
}

export function App() {
  const [session, setSession] = useState<Session | undefined | 'loading'>('loading');
  useEffect(() => {
    const off = onSessionChange(setSession);
    renewSession().then(setSession, () => setSession(undefined));
    return off;
  }, []);
  if (session === 'loading') return <Loading />;
  if (!session) return <SignedOut />;
  return (
    <SessionProvider session={session}>
      <Shell session={session} />
    </SessionProvider>
  );
}

function Loading() {
  const { t } = useI18n();
  return (
    <Center h="100vh">
      <Group>
        <Loader size="sm" />
        <Text>{t('session.loading')}</Text>
      </Group>
    </Center>
  );
}

function Shell({ session }: { session: Session }) {
  const { t } = useI18n();
  const [opened, { toggle, close }] = useDisclosure();
  const screenId = useScreen();
  const screens = SCREENS.filter((s) => allows(session.role, s.role));
  const screen = screens.find((s) => s.id === screenId) ?? screens[0]!;
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Title order={4} visibleFrom="xs">
              {t('app.title')}
            </Title>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Badge variant="light" data-testid="role">
              {t('session.role', { role: session.role })}
            </Badge>
            <LanguageSwitch />
            <Button size="xs" variant="subtle" onClick={() => signOut()}>
              {t('session.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Screens">
        {screens.map((s) => (
          <NavLink
            key={s.id}
            href={`/console/${s.id}`}
            label={t(s.label)}
            active={s.id === screen.id}
            onClick={(event) => {
              event.preventDefault();
              go(s.id);
              close();
            }}
          />
        ))}
        <NavLink href="/docs" label={t('nav.docs')} target="_blank" />
      </AppShell.Navbar>
      <AppShell.Main>
        <Stack>
          <Title order={2}>{t(screen.label)}</Title>
          {screen.render()}
        </Stack>
      </AppShell.Main>
    </AppShell>
  );
}
