// The listening page's address: its tab and question in the URL hash, so
// Back, Forward and a shared link show the same page. Pure (unit-tested).
import { CONTENTS, PERIODS, type ContentName, type PeriodName, type Question } from "./format";

/**
 * The question a page address asks, `current` where it says nothing: the
 * period (with its range and whose) and the content are remembered apart.
 */
export function routeQuestion(params: Record<string, string>, current: Question): Question {
  let question = current;
  if (params.period && (PERIODS as string[]).includes(params.period)) {
    question = {
      period: params.period as PeriodName,
      whose: params.whose ?? "me",
      start: params.start,
      end: params.end,
    };
  } else if (params.whose) {
    question = { ...question, whose: params.whose };
  }
  if (params.content && (CONTENTS as string[]).includes(params.content)) {
    question = { ...question, content: params.content as ContentName };
  }
  return question;
}

/** The question as a page address's parameters (what a link keeps), the defaults left out. */
export function questionParams(question: Question): Record<string, string | undefined> {
  const { period, whose, start, end, content } = question;
  return {
    period,
    whose: whose === "me" ? undefined : whose,
    start,
    end,
    content: content === "everything" ? undefined : content,
  };
}

/** Read the page's state from its URL hash: #/page?key=value. */
export function parseRoute(hash: string): { page: string; params: Record<string, string> } {
  const [path, query = ""] = hash.replace(/^#\/?/, "").split("?");
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    params[key] = value;
  }
  return { page: path || "overview", params };
}

/** The hash of a page with parameters, the reverse of parseRoute. */
export function routeHash(page: string, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") {
      query.set(key, value);
    }
  }
  const text = query.toString();
  return `#/${page}${text ? `?${text}` : ""}`;
}
