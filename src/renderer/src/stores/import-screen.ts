import type { ImportState } from './import-store';
import type { NavigationStore } from './navigation-store';
import { shows } from './screen';

/**
 * An import lives as long as its screen: leaving it for anything but a search over it stops any
 * reading or saving under way and clears what was read, as closing it does.
 */
export function endImportWithItsScreen(
  navigation: NavigationStore,
  importStore: { getState: () => Pick<ImportState, 'reset'> },
): () => void {
  return navigation.subscribe((state, previous) => {
    if (shows(previous.screen, 'import') && !shows(state.screen, 'import'))
      importStore.getState().reset();
  });
}
