// Artwork beside the names of the top lists and item pages: a cover, an
// artist's picture. Only Spotify's https images are shown (the answers carry
// nothing else); the square keeps its place while there is none, so a list
// does not shift when a looked-up image arrives.
import { html, type TemplateResult } from "lit";

/** How long the page waits after "artwork found" before asking again: look-ups come seconds apart. */
export const ARTWORK_SETTLE_MS = 5_000;

/** Whether an answer's image may be shown. */
export function usableImage(url: string | null | undefined): url is string {
  return typeof url === "string" && url.startsWith("https://");
}

/** An empty picture: a cover that failed to load shows the placeholder's square instead. */
export const EMPTY_IMAGE = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

interface ImageLike {
  src: string;
  classList: { add(...tokens: string[]): void };
}

/**
 * Turn a cover that failed (gone from Spotify's CDN, no network) into the
 * placeholder: the browser's broken-image icon never shows.
 */
export function fallBack(image: ImageLike): void {
  if (image.src !== EMPTY_IMAGE) {
    image.classList.add("none", "failed");
    image.src = EMPTY_IMAGE;
  }
}

function failed(event: Event): void {
  fallBack(event.target as HTMLImageElement);
}

/** The image of a ranked item; artists and shows round, covers square. */
export function artwork(url: string | null | undefined, kind: string, size = 40): TemplateResult {
  const round = kind === "artist" ? " round" : "";
  if (!usableImage(url)) {
    return html`<span class="art none${round}" style="width:${size}px;height:${size}px" aria-hidden="true"></span>`;
  }
  return html`<img
    class="art${round}"
    src=${url}
    width=${size}
    height=${size}
    alt=""
    loading="lazy"
    decoding="async"
    referrerpolicy="no-referrer"
    @error=${failed}
  />`;
}
