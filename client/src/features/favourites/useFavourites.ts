import type { FavouritesAnswer } from '@pavilion/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAppStore } from '../../store/appStore';
import { favouriteKeys, favouritesApi } from './favouritesApi';

/** The signed-in user's briefcase (nothing for a guest), read once and shared by every star on the screen. */
export function useFavourites() {
  const signedIn = useAppStore((s) => s.user !== null);
  return useQuery({
    queryKey: favouriteKeys.all,
    queryFn: ({ signal }) => favouritesApi.list({ signal }),
    enabled: signedIn,
  });
}

/** Whether an exhibit or booth is saved, by the briefcase's answer. */
export function isSaved(answer: FavouritesAnswer | undefined, what: 'exhibit' | 'booth', id: string): boolean {
  if (!answer) return false;
  return what === 'exhibit' ? answer.items.some((i) => i.exhibit.id === id) : answer.booths.some((b) => b.booth.id === id);
}

/** Saves or removes one exhibit or booth, then reads the briefcase again. */
export function useToggleFavourite(what: 'exhibit' | 'booth', id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (save: boolean): Promise<void> => {
      if (what === 'exhibit') await (save ? favouritesApi.saveExhibit(id) : favouritesApi.removeExhibit(id));
      else await (save ? favouritesApi.saveBooth(id) : favouritesApi.removeBooth(id));
    },
    onSettled: () => client.invalidateQueries({ queryKey: favouriteKeys.all }),
  });
}
