import { QueryClientProvider } from '@tanstack/react-query';
import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { queryClient } from '../net/queryClient';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

// Every page is its own chunk; the 3D scene is split again inside the hall page.
const pages = {
  lobby: () => import('../features/lobby/LobbyPage'),
  hall: () => import('../features/hall/HallPage'),
  booth: () => import('../features/booth/BoothPage'),
  stats: () => import('../features/stats/StatsPage'),
  dealProof: () => import('../features/stats/DealProofPage'),
  exhibitor: () => import('../features/exhibitor/ExhibitorPage'),
  login: () => import('../features/auth/LoginPage'),
  register: () => import('../features/auth/RegisterPage'),
  account: () => import('../features/auth/AccountPage'),
  negotiation: () => import('../features/negotiations/NegotiationPage'),
  deal: () => import('../features/deals/DealPage'),
  auction: () => import('../features/auctions/AuctionPage'),
  auctions: () => import('../features/auctions/AuctionsIndexPage'),
  organizer: () => import('../features/organizer/OrganizerPage'),
  programme: () => import('../features/sessions/programme/ProgrammePage'),
  session: () => import('../features/sessions/SessionPage'),
  meetings: () => import('../features/meetings/MeetingsPage'),
  meetingRoom: () => import('../features/meetings/MeetingRoomPage'),
  needs: () => import('../features/needs/NeedsPage'),
  favourites: () => import('../features/favourites/FavouritesPage'),
  search: () => import('../features/expoSearch/ExpoSearchPage'),
} as const;

const LobbyPage = lazy(pages.lobby);
const HallPage = lazy(pages.hall);
const BoothPage = lazy(pages.booth);
const StatsPage = lazy(pages.stats);
const DealProofPage = lazy(pages.dealProof);
const ExhibitorPage = lazy(pages.exhibitor);
const LoginPage = lazy(pages.login);
const RegisterPage = lazy(pages.register);
const AccountPage = lazy(pages.account);
const NegotiationPage = lazy(pages.negotiation);
const DealPage = lazy(pages.deal);
const AuctionPage = lazy(pages.auction);
const AuctionsIndexPage = lazy(pages.auctions);
const OrganizerPage = lazy(pages.organizer);
const ProgrammePage = lazy(pages.programme);
const SessionPage = lazy(pages.session);
const MeetingsPage = lazy(pages.meetings);
const MeetingRoomPage = lazy(pages.meetingRoom);
const NeedsPage = lazy(pages.needs);
const FavouritesPage = lazy(pages.favourites);
const ExpoSearchPage = lazy(pages.search);

/** The page chunk a first load of `pathname` will render, by its first path segment (see {@link pageAt} for the rest). */
const FIRST_SEGMENT: Record<string, keyof typeof pages> = {
  '': 'lobby',
  hall: 'hall',
  booth: 'booth',
  search: 'search',
  programme: 'programme',
  auctions: 'auctions',
  stats: 'stats',
  exhibitor: 'exhibitor',
  organizer: 'organizer',
  login: 'login',
  register: 'register',
  needs: 'needs',
  favourites: 'favourites',
  meetings: 'meetings',
  sessions: 'session',
  negotiations: 'negotiation',
  deals: 'deal',
  account: 'account',
};

/**
 * Starts fetching the chunk of the page at `pathname` now, while the language loads and the shell renders, instead
 * of after the first render asks for it (one round trip less before the page shows; the lazy route gets the same
 * module).
 */
export function preloadPage(pathname: string): void {
  const page = pageAt(pathname);
  if (page) void pages[page]().catch(() => {});
}

function pageAt(pathname: string): keyof typeof pages | undefined {
  const [, first = '', id, more] = pathname.split('/');
  if (first === 'auctions' && id) return 'auction';
  if (first === 'meetings' && id) return 'meetingRoom';
  if (first === 'deals' && more === 'proof') return 'dealProof';
  return FIRST_SEGMENT[first];
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <NotFoundPage />,
    children: [
      { path: '/', element: <LobbyPage /> },
      { path: '/hall/:hallId', element: <HallPage /> },
      { path: '/booth/:boothId', element: <BoothPage /> },
      { path: '/negotiations/:id', element: <NegotiationPage /> },
      { path: '/deals/:id', element: <DealPage /> },
      { path: '/auctions', element: <AuctionsIndexPage /> },
      { path: '/auctions/:id', element: <AuctionPage /> },
      { path: '/search', element: <ExpoSearchPage /> },
      { path: '/programme', element: <ProgrammePage /> },
      { path: '/sessions/:sessionId', element: <SessionPage /> },
      { path: '/meetings', element: <MeetingsPage /> },
      { path: '/meetings/:id', element: <MeetingRoomPage /> },
      { path: '/stats', element: <StatsPage /> },
      { path: '/deals/:id/proof', element: <DealProofPage /> },
      { path: '/needs', element: <NeedsPage /> },
      { path: '/favourites', element: <FavouritesPage /> },
      { path: '/exhibitor', element: <ExhibitorPage /> },
      { path: '/organizer', element: <OrganizerPage /> },
      { path: '/login', element: <LoginPage /> },
      { path: '/register', element: <RegisterPage /> },
      { path: '/account', element: <AccountPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

/** The app: one router, every route from the contract, over one cache of server reads. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
