import { AnnouncementQueue } from './announce-queue.ts';

/** The words in the page's one polite live region (LiveAnnouncer.svelte), written by an AnnouncementQueue. */
export class Announcer {
  text = $state('');
  #queue = new AnnouncementQueue((text) => (this.text = text));

  say(key: string, message: string): void {
    this.#queue.say(key, message);
  }
}
