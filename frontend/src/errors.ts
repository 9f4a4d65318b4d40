// Encore's errors in the user's language, for the page (the cards show the
// message Home Assistant sends).
import { errorText, type HomeAssistant } from "./api";

/** What Home Assistant's websocket says of an error Encore raised with a translation. */
interface TranslatedError {
  message?: string;
  translation_key?: string;
  translation_domain?: string;
  translation_placeholders?: Record<string, unknown>;
}

/**
 * An error's text in the user's language. Encore's errors carry their
 * translation key; Home Assistant writes their message in the server's
 * language, so the page asks Home Assistant's frontend for the user's (the
 * way its own dialogs show a translated exception), and falls back to the
 * message.
 */
export async function errorMessage(hass: HomeAssistant, error: unknown, domain = "encore"): Promise<string> {
  const found = (error && typeof error === "object" ? error : {}) as TranslatedError;
  const key = found.translation_key;
  if (key && hass.loadBackendTranslation) {
    try {
      const localize = await hass.loadBackendTranslation("exceptions", found.translation_domain ?? domain);
      const text = localize(
        `component.${found.translation_domain ?? domain}.exceptions.${key}.message`,
        found.translation_placeholders ?? {},
      );
      if (text) {
        return text;
      }
    } catch {
      // The message below, in the server's language, is still the error.
    }
  }
  return errorText(error);
}
