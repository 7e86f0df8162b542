import { QueryClientProvider } from '@tanstack/react-query';
import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { queryClient } from '../net/queryClient';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

// Every page is its own chunk; the 3D scene is split again inside the hall page.
const LobbyPage = lazy(() => import('../features/lobby/LobbyPage'));
const HallPage = lazy(() => import('../features/hall/HallPage'));
const BoothPage = lazy(() => import('../features/booth/BoothPage'));
const StatsPage = lazy(() => import('../features/stats/StatsPage'));
const DealProofPage = lazy(() => import('../features/stats/DealProofPage'));
const ExhibitorPage = lazy(() => import('../features/exhibitor/ExhibitorPage'));
const LoginPage = lazy(() => import('../features/auth/LoginPage'));
const RegisterPage = lazy(() => import('../features/auth/RegisterPage'));
const AccountPage = lazy(() => import('../features/auth/AccountPage'));
const NegotiationPage = lazy(() => import('../features/negotiations/NegotiationPage'));
const DealPage = lazy(() => import('../features/deals/DealPage'));
const AuctionPage = lazy(() => import('../features/auctions/AuctionPage'));
const AuctionsIndexPage = lazy(() => import('../features/auctions/AuctionsIndexPage'));
const OrganizerPage = lazy(() => import('../features/organizer/OrganizerPage'));
const ProgrammePage = lazy(() => import('../features/sessions/programme/ProgrammePage'));
const SessionPage = lazy(() => import('../features/sessions/SessionPage'));
const MeetingsPage = lazy(() => import('../features/meetings/MeetingsPage'));
const MeetingRoomPage = lazy(() => import('../features/meetings/MeetingRoomPage'));
const NeedsPage = lazy(() => import('../features/needs/NeedsPage'));
const FavouritesPage = lazy(() => import('../features/favourites/FavouritesPage'));
const ExpoSearchPage = lazy(() => import('../features/expoSearch/ExpoSearchPage'));

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
