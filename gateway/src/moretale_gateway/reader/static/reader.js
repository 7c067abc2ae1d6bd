// MoreTale reader: a plain ES module, no build step, no third-party code.
//
//   #/                     your books (an API key typed once, kept in this browser)
//   #/book/{id}            one of your books (the API key)
//   #/book/{id}?token=…    a shared book: only what the link allows, never a key
//
// A book still being made fills in as its pages arrive: the reader follows the story's
// Server-Sent Events and fetches the result again (throttled) on every bit of progress.

const KEY_STORAGE = "moretale.apiKey";
const TEXT_STORAGE = "moretale.textMode";
const TERMINAL = new Set(["completed", "failed", "canceled", "deleted"]);
const LANGUAGES = {
  ko: { name: "Korean", native: "한국어" },
  en: { name: "English", native: "English" },
  ja: { name: "Japanese", native: "日本語" },
  zh: { name: "Chinese", native: "中文" },
  es: { name: "Spanish", native: "Español" },
  vi: { name: "Vietnamese", native: "Tiếng Việt" },
  fr: { name: "French", native: "Français" },
  de: { name: "German", native: "Deutsch" },
};

// Icons are constant markup written here, never data.
const ICONS = {
  speaker:
    '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 9h4l5-4v14l-5-4H4z"/><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11"/></svg>',
  pause:
    '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="6" y="5" width="4" height="14" rx="1.5" fill="currentColor"/><rect x="14" y="5" width="4" height="14" rx="1.5" fill="currentColor"/></svg>',
  play: '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M8 5.5v13a1 1 0 0 0 1.5.86l10.5-6.5a1 1 0 0 0 0-1.72L9.5 4.64A1 1 0 0 0 8 5.5z"/></svg>',
  prev: '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" d="M15 5l-7 7 7 7"/></svg>',
  next: '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" d="M9 5l7 7-7 7"/></svg>',
  print:
    '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" d="M7 9V3h10v6M7 17H4v-7h16v7h-3M7 14h10v7H7z"/></svg>',
  download:
    '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" d="M12 4v11M7 10.5l5 5 5-5M5 20h14"/></svg>',
  share:
    '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="18" cy="5" r="2.5" fill="currentColor"/><circle cx="6" cy="12" r="2.5" fill="currentColor"/><circle cx="18" cy="19" r="2.5" fill="currentColor"/><path stroke="currentColor" stroke-width="2" d="M8 11l8-5M8 13l8 5"/></svg>',
  book: '<svg viewBox="0 0 64 64" aria-hidden="true" focusable="false"><path d="M8 16c9-4 17-4 24 2v34c-7-6-15-6-24-2z" fill="#fff6e9" stroke="#c8553d" stroke-width="3" stroke-linejoin="round"/><path d="M56 16c-9-4-17-4-24 2v34c7-6 15-6 24-2z" fill="#ffe3a3" stroke="#c8553d" stroke-width="3" stroke-linejoin="round"/><circle cx="50" cy="9" r="5" fill="#ffc857"/></svg>',
  star: '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 2.5l2.8 6 6.5.7-4.9 4.4 1.4 6.4L12 16.8 6.2 20l1.4-6.4-4.9-4.4 6.5-.7z"/></svg>',
  moon: '<svg viewBox="0 0 120 120" aria-hidden="true" focusable="false"><circle cx="60" cy="60" r="56" fill="#ffe9c7"/><path d="M78 24a34 34 0 1 0 20 52A28 28 0 0 1 78 24z" fill="#ffc857"/><circle cx="30" cy="34" r="3" fill="#f2765a"/><circle cx="96" cy="30" r="2.5" fill="#2f8f89"/><circle cx="24" cy="80" r="2" fill="#2f8f89"/><path d="M22 96c12-5 26-5 38 2 12-7 26-7 38-2" fill="none" stroke="#c8553d" stroke-width="4" stroke-linecap="round"/></svg>',
};

// ---------------------------------------------------------------------------------------------
// Small helpers

const $ = (selector, root = document) => root.querySelector(selector);

// Pronunciation clips of a vocabulary word (present when the book was made with
// generation.enable_vocabulary_audio): one small play button per language.
function wordClips(word, primary, secondary) {
  const clips = [
    [word.audio_primary_url, primary, word.word_primary],
    [word.audio_secondary_url, secondary, word.word_secondary],
  ].filter(([url]) => url);
  if (!clips.length) return null;
  return h(
    "p",
    { className: "word-clips" },
    clips.map(([url, lang, text]) =>
      h(
        "button",
        {
          type: "button",
          className: "word-clip",
          lang,
          "aria-label": `Say “${text}”`,
          onclick: () => new Audio(url).play(),
        },
        icon("speaker"),
        h("span", {}, text),
      ),
    ),
  );
}

// A page's text with one span per timed sentence (read_along: [{text, start, end}]), so the
// sentence being read can be lit and a tap can play from it. The text stays as written; if the
// timings do not match it, it is shown plain.
function sentenceSpans(text, timings, onTap) {
  if (!Array.isArray(timings) || !timings.length) return [text];
  const nodes = [];
  let position = 0;
  for (const [index, timing] of timings.entries()) {
    const found = text.indexOf(timing.text, position);
    if (found < 0 || !timing.text) return [text];
    if (found > position) nodes.push(text.slice(position, found));
    const end = found + timing.text.length;
    nodes.push(
      h(
        "span",
        {
          className: "sentence",
          dataset: { index: String(index), start: String(timing.start), end: String(timing.end) },
          onclick: () => onTap(Number(timing.start) || 0),
        },
        text.slice(found, end),
      ),
    );
    position = end;
  }
  if (position < text.length) nodes.push(text.slice(position));
  return nodes;
}

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      el.addEventListener(name.slice(2), value);
    } else if (name === "className") {
      el.className = value;
    } else if (name === "dataset") {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(name, value === true ? "" : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

function icon(name) {
  const template = document.createElement("template");
  template.innerHTML = ICONS[name];
  return template.content.firstElementChild;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function announce(message) {
  const announcer = $("#announcer");
  announcer.textContent = "";
  // A fresh text node so screen readers speak it even when it repeats.
  requestAnimationFrame(() => {
    announcer.textContent = message;
  });
}

function langCode(value) {
  if (!value) return "und";
  const wanted = String(value).trim().toLowerCase();
  for (const [code, lang] of Object.entries(LANGUAGES)) {
    if ([code, lang.name.toLowerCase(), lang.native.toLowerCase()].includes(wanted)) return code;
  }
  return wanted.slice(0, 2) || "und";
}

const langLabel = (code) => LANGUAGES[code]?.native ?? code;
const langName = (code) => LANGUAGES[code]?.name ?? code;

function formatDate(value) {
  if (!value) return "";
  try {
    return new Date(value).toLocaleDateString(undefined, {
      year: "numeric",
      month: "short",
      day: "numeric",
    });
  } catch {
    return String(value);
  }
}

// ---------------------------------------------------------------------------------------------
// The API

class ApiFailure extends Error {
  constructor(status, code, message, detail) {
    super(message);
    this.status = status;
    this.code = code;
    this.detail = detail;
  }
}

async function request(path, { method = "GET", body, key, signal } = {}) {
  const headers = { Accept: "application/json" };
  if (key) headers["X-API-Key"] = key;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
      credentials: "omit",
      signal,
    });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiFailure(0, "NETWORK", "MoreTale can't be reached right now.");
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const error = data?.error ?? {};
    throw new ApiFailure(
      response.status,
      error.code ?? `HTTP_${response.status}`,
      error.message ?? response.statusText,
      error.detail,
    );
  }
  return data;
}

const storedKey = () => localStorage.getItem(KEY_STORAGE) || "";

// Server-Sent Events over fetch (EventSource cannot send the API key header), with
// reconnection that resumes after the last event id seen.
async function followEvents(url, headers, onEvent, signal, onTrouble) {
  let lastId = null;
  let failures = 0;
  while (!signal.aborted) {
    try {
      const sendHeaders = { ...headers, Accept: "text/event-stream" };
      if (lastId) sendHeaders["Last-Event-ID"] = lastId;
      const response = await fetch(url, {
        headers: sendHeaders,
        signal,
        cache: "no-store",
        credentials: "omit",
      });
      if (response.status === 403 || response.status === 404 || response.status === 401) return;
      if (!response.ok || !response.body) throw new Error(`events answered ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        failures = 0;
        buffer += value;
        let match;
        while ((match = /\r\n\r\n|\n\n|\r\r/.exec(buffer))) {
          const block = buffer.slice(0, match.index);
          buffer = buffer.slice(match.index + match[0].length);
          const event = { event: "message", data: "", id: null };
          const data = [];
          for (const line of block.split(/\r\n|\n|\r/)) {
            if (!line || line.startsWith(":")) continue;
            const colon = line.indexOf(":");
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
            if (field === "event") event.event = value;
            else if (field === "data") data.push(value);
            else if (field === "id") event.id = value;
          }
          if (event.id) lastId = event.id;
          if (!data.length) continue;
          event.data = data.join("\n");
          if (onEvent(event) === "stop") return;
        }
      }
    } catch (error) {
      if (signal.aborted) return;
    }
    failures += 1;
    onTrouble?.();
    await sleep(Math.min(1000 * 2 ** failures, 15000));
  }
}

// ---------------------------------------------------------------------------------------------
// Where a book comes from: the owner's key, or a share link's token (and nothing else)

function sourceFor(route) {
  if (route.token) {
    const token = encodeURIComponent(route.token);
    return {
      shared: true,
      async load(signal) {
        const body = await request(`/api/shared/${token}`, { signal });
        return { story: body.story, result: body.result, expiresAt: body.expires_at };
      },
      eventsUrl: `/api/shared/${token}/events`,
      epubUrl: `/api/shared/${token}/book.epub`,
      headers: {},
    };
  }
  const key = storedKey();
  const id = encodeURIComponent(route.id);
  return {
    shared: false,
    async load(signal) {
      const [story, result] = await Promise.all([
        request(`/api/stories/${id}`, { key, signal }),
        request(`/api/stories/${id}/result`, { key, signal }),
      ]);
      return { story, result, expiresAt: null };
    },
    async share() {
      return request(`/api/stories/${id}/share`, { method: "POST", key });
    },
    eventsUrl: `/api/stories/${id}/events`,
    epubUrl: `/api/stories/${id}/book.epub`,
    headers: { "X-API-Key": key },
  };
}

// Signed URLs change on every answer; keep the ones already shown (so pictures do not flicker
// and a clip playing is not cut) until they are about to expire.
const URL_FIELDS = ["audio_primary_url", "audio_secondary_url", "illustration_url"];

function mergeResult(previous, fresh) {
  if (!previous || !fresh || previous.id !== fresh.id) return fresh;
  const expires = Date.parse(previous.urls_expire_at ?? "");
  if (!Number.isNaN(expires) && expires - Date.now() < 120_000) return fresh;
  const before = new Map((previous.pages ?? []).map((page) => [page.page_number, page]));
  return {
    ...fresh,
    urls_expire_at: previous.urls_expire_at ?? fresh.urls_expire_at,
    cover_url: previous.cover_url ?? fresh.cover_url,
    pages: (fresh.pages ?? []).map((page) => {
      const old = before.get(page.page_number);
      if (!old) return page;
      const kept = { ...page };
      for (const field of URL_FIELDS) kept[field] = old[field] ?? page[field];
      return kept;
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Friendly error pages

const ERRORS = {
  SHARE_LINK_EXPIRED: {
    title: "This book link has expired",
    text: "Share links only work for a while, to keep your family's books private. Ask the person who sent it for a fresh link.",
  },
  SHARE_LINK_INVALID: {
    title: "This link doesn't open a book",
    text: "Part of the link may be missing or changed. Check that you copied the whole link, or ask for a new one.",
  },
  STORY_NOT_FOUND: {
    title: "This book isn't here any more",
    text: "It may have been deleted, or it belongs to another account.",
  },
  NETWORK: {
    title: "We can't reach MoreTale right now",
    text: "Check your connection, then try again.",
    retry: true,
  },
};

function renderError(root, failure) {
  const known = ERRORS[failure.code] ?? {
    title: "Something went wrong",
    text: failure.message || "Please try again in a moment.",
    retry: true,
  };
  document.title = `${known.title} · MoreTale`;
  root.replaceChildren(
    h(
      "section",
      { className: "error-page", dataset: { error: failure.code ?? "ERROR" } },
      h("div", { className: "error-art" }, icon("moon")),
      h("h1", { id: "error-title", tabindex: "-1" }, known.title),
      h("p", {}, known.text),
      known.retry
        ? h("button", { className: "btn primary", onclick: () => route() }, "Try again")
        : null,
      failure.code && !ERRORS[failure.code]
        ? h("p", { className: "error-code" }, `Error code: ${failure.code}`)
        : null,
    ),
  );
  $("#error-title").focus();
}

// ---------------------------------------------------------------------------------------------
// Your books (needs the API key)

function brand(linked) {
  const content = [icon("book"), h("span", {}, "MoreTale")];
  return linked
    ? h("a", { className: "brand", href: "#/", "aria-label": "MoreTale: your books" }, ...content)
    : h("span", { className: "brand" }, ...content);
}

function renderKeyForm(root, message) {
  document.title = "MoreTale";
  const input = h("input", {
    id: "api-key",
    name: "api-key",
    type: "password",
    autocomplete: "off",
    spellcheck: "false",
    required: true,
    "aria-describedby": "api-key-help",
  });
  const form = h(
    "form",
    {
      className: "key-form card",
      onsubmit: (event) => {
        event.preventDefault();
        const key = input.value.trim();
        if (!key) return;
        localStorage.setItem(KEY_STORAGE, key);
        route();
      },
    },
    h("h1", {}, "Your bedtime bookshelf"),
    h("p", {}, "Open the books you made with MoreTale."),
    message ? h("p", { className: "form-error", role: "alert" }, message) : null,
    h("label", { for: "api-key" }, "API key"),
    input,
    h(
      "p",
      { id: "api-key-help", className: "hint" },
      "You type it once: it is kept only in this browser.",
    ),
    h("button", { className: "btn primary big", type: "submit" }, "Open my books"),
  );
  root.replaceChildren(
    h("header", { className: "topbar" }, brand(false)),
    h("div", { className: "library-wrap" }, form),
  );
  input.focus();
}

async function renderLibrary(root) {
  const key = storedKey();
  if (!key) return renderKeyForm(root);
  document.title = "Your books · MoreTale";
  const grid = h("ul", { className: "shelf", "aria-label": "Your books" });
  const more = h("button", { className: "btn", hidden: true }, "Show more books");
  const status = h("p", { className: "shelf-status", role: "status" }, "Finding your books…");
  const forget = h(
    "button",
    {
      className: "btn ghost",
      onclick: () => {
        localStorage.removeItem(KEY_STORAGE);
        renderKeyForm(root);
      },
    },
    "Forget key",
  );
  root.replaceChildren(
    h("header", { className: "topbar" }, brand(true), h("div", { className: "spacer" }), forget),
    h("div", { className: "library-wrap" }, h("h1", {}, "Your books"), status, grid, more),
  );
  let cursor = null;
  const load = async () => {
    more.hidden = true;
    const query = new URLSearchParams({ limit: "24" });
    if (cursor) query.set("cursor", cursor);
    let page;
    try {
      page = await request(`/api/stories/?${query}`, { key });
    } catch (failure) {
      if (failure.status === 401) {
        localStorage.removeItem(KEY_STORAGE);
        return renderKeyForm(root, "That API key was not accepted. Please check it.");
      }
      return renderError(root, failure);
    }
    for (const item of page.items) grid.append(shelfItem(item, key));
    status.textContent = grid.children.length
      ? ""
      : "No books yet. Make one with the API, and it will appear here.";
    cursor = page.next_cursor;
    more.hidden = !cursor;
  };
  more.addEventListener("click", load);
  await load();
}

function shelfItem(item, key) {
  const primary = langCode(item.primary_lang);
  const secondary = langCode(item.secondary_lang);
  const art = h("div", { className: "shelf-art placeholder" }, icon("book"));
  const title = h("span", { className: "shelf-title" }, `${item.child_name}: ${item.theme}`);
  const link = h(
    "a",
    { className: "shelf-book", href: `#/book/${encodeURIComponent(item.id)}` },
    art,
    h(
      "span",
      { className: "shelf-text" },
      title,
      h("span", { className: "shelf-meta" }, `${langLabel(primary)} · ${langLabel(secondary)}`),
      h(
        "span",
        { className: "shelf-meta" },
        h("span", { className: `badge ${item.status}` }, item.status),
        ` ${formatDate(item.created_at)}`,
      ),
    ),
  );
  // The cover and real title come from the result; fetched after the list is shown.
  request(`/api/stories/${encodeURIComponent(item.id)}/result`, { key })
    .then((result) => {
      if (result.title_primary) {
        title.replaceChildren(
          h("span", { lang: primary }, result.title_primary),
          h("span", { className: "shelf-subtitle", lang: secondary }, result.title_secondary ?? ""),
        );
      }
      if (result.cover_url) {
        art.classList.remove("placeholder");
        art.replaceChildren(h("img", { src: result.cover_url, alt: "", loading: "lazy" }));
      }
    })
    .catch(() => {});
  return h("li", {}, link);
}

// ---------------------------------------------------------------------------------------------
// One book

class BookView {
  constructor(root, route) {
    this.root = root;
    this.route = route;
    this.source = sourceFor(route);
    this.abort = new AbortController();
    this.story = null;
    this.result = null;
    this.view = 0;
    this.textMode = localStorage.getItem(TEXT_STORAGE) || "both";
    this.autoplay = false;
    this.run = 0;
    this.clip = null;
    this.refreshTimer = null;
    this.expiryTimer = null;
    this.refreshing = false;
    this.refreshAgain = false;
    this.stageKey = null;
    this.printKey = null;
    this.onKey = (event) => this.key(event);
    this.onBeforePrint = () => this.buildPrint(true);
    this.onResize = () => {
      cancelAnimationFrame(this.fitFrame);
      this.fitFrame = requestAnimationFrame(() => this.fitPage());
    };
  }

  // ---- lifecycle

  async start() {
    try {
      const loaded = await this.source.load(this.abort.signal);
      this.story = loaded.story;
      this.result = loaded.result;
      this.expiresAt = loaded.expiresAt;
    } catch (failure) {
      if (failure.name === "AbortError") return;
      if (failure.status === 401 && !this.source.shared) {
        localStorage.removeItem(KEY_STORAGE);
        return renderKeyForm(this.root, "Please type your API key to open this book.");
      }
      return renderError(this.root, failure);
    }
    this.build();
    this.update();
    document.addEventListener("keydown", this.onKey);
    window.addEventListener("beforeprint", this.onBeforePrint);
    window.addEventListener("resize", this.onResize);
    document.fonts?.ready.then(this.onResize);
    this.planUrlRefresh();
    if (!TERMINAL.has(this.story.status)) this.follow();
  }

  destroy() {
    this.abort.abort();
    this.stopAutoplay();
    this.stopAudio();
    clearTimeout(this.refreshTimer);
    clearTimeout(this.expiryTimer);
    document.removeEventListener("keydown", this.onKey);
    window.removeEventListener("beforeprint", this.onBeforePrint);
    window.removeEventListener("resize", this.onResize);
    document.body.classList.remove("print-preview");
  }

  follow() {
    followEvents(
      this.source.eventsUrl,
      this.source.headers,
      (event) => this.onEvent(event),
      this.abort.signal,
      () => this.scheduleRefresh(),
    );
  }

  onEvent(event) {
    let data = {};
    try {
      data = JSON.parse(event.data);
    } catch {
      data = {};
    }
    if (event.event === "status") {
      if (data.progress) this.story = data;
      else if (data.status) this.story = { ...this.story, status: data.status };
      this.updateBanner();
    } else if (event.event === "story") {
      this.scheduleRefresh(150);
    } else if (event.event === "progress") {
      if (data.progress) {
        this.story = { ...this.story, progress: data.progress };
        this.updateBanner();
      }
      this.scheduleRefresh();
    } else if (TERMINAL.has(event.event)) {
      if (data.status) this.story = data;
      if (event.event === "deleted") {
        this.destroy();
        renderError(this.root, new ApiFailure(404, "STORY_NOT_FOUND", "deleted"));
        return "stop";
      }
      this.refresh();
      return "stop";
    }
    return undefined;
  }

  // At most one fetch in flight and one every half second while progress streams in.
  scheduleRefresh(delay = 500) {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      this.refresh();
    }, delay);
  }

  async refresh({ freshUrls = false } = {}) {
    if (this.refreshing) {
      this.refreshAgain = true;
      return;
    }
    this.refreshing = true;
    try {
      const loaded = await this.source.load(this.abort.signal);
      this.story = loaded.story;
      this.result = freshUrls ? loaded.result : mergeResult(this.result, loaded.result);
      this.update();
      this.planUrlRefresh();
    } catch (failure) {
      if (failure.name === "AbortError") return;
      if (failure.status === 403 || failure.status === 404) {
        this.notice(ERRORS[failure.code]?.title ?? failure.message);
      }
    } finally {
      this.refreshing = false;
      if (this.refreshAgain && !this.abort.signal.aborted) {
        this.refreshAgain = false;
        this.scheduleRefresh();
      }
    }
  }

  planUrlRefresh() {
    clearTimeout(this.expiryTimer);
    const expires = Date.parse(this.result?.urls_expire_at ?? "");
    if (Number.isNaN(expires)) return;
    const wait = Math.max(expires - Date.now() - 180_000, 30_000);
    this.expiryTimer = setTimeout(() => this.refresh({ freshUrls: true }), wait);
  }

  // ---- data

  get pages() {
    return [...(this.result?.pages ?? [])].sort((a, b) => a.page_number - b.page_number);
  }

  get pageCount() {
    return this.result?.pages?.length || this.story?.request?.page_count || 0;
  }

  get quiz() {
    // The result's quiz is {primary_language, secondary_language, questions: [...]}.
    const questions = this.result?.quiz?.questions;
    return Array.isArray(questions) && questions.length ? questions : null;
  }

  get lastView() {
    return this.pageCount + (this.quiz ? 1 : 0);
  }

  get langs() {
    const request = this.story?.request ?? {};
    return {
      primary: langCode(this.result?.primary_language ?? request.primary_lang),
      secondary: langCode(this.result?.secondary_language ?? request.secondary_lang),
    };
  }

  get wants() {
    const generation = this.story?.request?.generation ?? {};
    return {
      pictures: generation.enable_illustration !== false,
      voices: generation.enable_tts !== false,
    };
  }

  get finished() {
    return TERMINAL.has(this.story?.status);
  }

  // A picture not there yet: being painted, or (once the book is done) not coming.
  artPlaceholder(className, label, waiting) {
    const finished = this.finished;
    return h(
      "div",
      {
        className: `art-placeholder ${className}${finished ? " missing" : ""}`,
        role: "img",
        "aria-label": finished ? `No picture: ${label}` : `Picture coming soon: ${label}`,
      },
      finished
        ? icon("book")
        : h("span", { className: "paint-dots", "aria-hidden": "true" }, h("i"), h("i"), h("i")),
      h("span", {}, finished ? "No picture this time" : waiting),
    );
  }

  page(number) {
    return this.pages.find((page) => page.page_number === number) ?? null;
  }

  visibleRoles() {
    if (this.textMode === "primary") return ["primary"];
    if (this.textMode === "secondary") return ["secondary"];
    return ["primary", "secondary"];
  }

  // ---- the frame, built once

  build() {
    const { primary, secondary } = this.langs;
    const modes = [
      ["primary", langLabel(primary), `Show the ${langName(primary)} text`],
      ["secondary", langLabel(secondary), `Show the ${langName(secondary)} text`],
      ["both", "Both", "Show both languages"],
    ];
    this.modeButtons = modes.map(([mode, label, aria]) =>
      h(
        "button",
        {
          type: "button",
          className: "seg",
          "aria-pressed": String(this.textMode === mode),
          "aria-label": aria,
          dataset: { mode },
          onclick: () => this.setTextMode(mode),
        },
        label,
      ),
    );
    this.autoplayButton = h(
      "button",
      {
        type: "button",
        id: "autoplay",
        className: "btn primary",
        "aria-pressed": "false",
        onclick: () => (this.autoplay ? this.stopAutoplay() : this.startAutoplay()),
      },
      icon("play"),
      h("span", {}, "Read to me"),
    );
    const tools = [
      h(
        "div",
        { className: "segmented", role: "group", "aria-label": "Text language" },
        this.modeButtons,
      ),
      this.autoplayButton,
      h(
        "button",
        {
          type: "button",
          id: "print-view",
          className: "btn",
          "aria-label": "Print view (save as PDF)",
          onclick: () => this.openPrint(),
        },
        icon("print"),
        h("span", { className: "label" }, "Print"),
      ),
    ];
    this.downloadButton = h(
      "button",
      {
        type: "button",
        id: "download-epub",
        className: "btn",
        hidden: true,
        "aria-label": "Download the book (EPUB that reads itself aloud)",
        onclick: () => this.downloadEpub(),
      },
      icon("download"),
      h("span", { className: "label" }, "EPUB"),
    );
    tools.push(this.downloadButton);
    if (this.source.share) {
      tools.push(
        h(
          "button",
          {
            type: "button",
            id: "share",
            className: "btn",
            "aria-label": "Share a read-only link",
            onclick: () => this.share(),
          },
          icon("share"),
          h("span", { className: "label" }, "Share"),
        ),
      );
    }
    this.banner = h("div", { className: "banner", role: "status", hidden: true });
    this.stage = h("div", { className: "stage", id: "stage" });
    this.picker = h("select", {
      id: "page-picker",
      "aria-label": "Go to page",
      onchange: () => this.goTo(Number(this.picker.value)),
    });
    this.prevButton = h(
      "button",
      {
        type: "button",
        className: "nav-btn",
        id: "prev",
        "aria-label": "Previous page",
        onclick: () => this.goTo(this.view - 1),
      },
      icon("prev"),
    );
    this.nextButton = h(
      "button",
      {
        type: "button",
        className: "nav-btn",
        id: "next",
        "aria-label": "Next page",
        onclick: () => this.goTo(this.view + 1),
      },
      icon("next"),
    );
    this.position = h("span", { className: "position", "aria-hidden": "true" });
    this.book = h(
      "div",
      { className: "book", dataset: { text: this.textMode, view: "0" } },
      h(
        "header",
        { className: "topbar" },
        brand(!this.source.shared),
        h("div", { className: "tools" }, tools),
      ),
      this.banner,
      this.stage,
      h(
        "nav",
        { className: "pager", "aria-label": "Pages" },
        this.prevButton,
        h("div", { className: "picker-wrap" }, this.picker, this.position),
        this.nextButton,
      ),
      h(
        "p",
        { className: "keys-hint" },
        "Keys: ← → turn pages · space reads aloud or pauses",
      ),
    );
    this.printBook = h("section", {
      id: "print-book",
      className: "print-book",
      "aria-label": "Printable book",
    });
    this.printBar = h(
      "div",
      { className: "print-bar" },
      h(
        "button",
        { type: "button", className: "btn", onclick: () => this.closePrint() },
        icon("prev"),
        h("span", {}, "Back to the book"),
      ),
      h(
        "button",
        { type: "button", id: "print-now", className: "btn primary", onclick: () => window.print() },
        icon("print"),
        h("span", {}, "Print or save as PDF"),
      ),
      h("p", { className: "hint" }, "A4, the cover and then one sheet per page."),
    );
    this.root.replaceChildren(this.book, this.printBar, this.printBook);
    this.player = $("#player");
  }

  // ---- rendering what changed

  update() {
    const result = this.result ?? {};
    const title = [result.title_primary, result.title_secondary].filter(Boolean).join(" · ");
    document.title = title ? `${title} · MoreTale` : "A book in the making · MoreTale";
    this.book.dataset.status = this.story?.status ?? "";
    this.updateBanner();
    this.updatePicker();
    this.renderStage();
    this.downloadButton.hidden = !result.epub_url;
    if (document.body.classList.contains("print-preview")) this.buildPrint(true);
  }

  // The book as an EPUB file: fetched with the key (or the share link), saved by the browser.
  async downloadEpub() {
    let blob;
    try {
      const response = await fetch(this.source.epubUrl, {
        headers: this.source.headers,
        cache: "no-store",
        credentials: "omit",
      });
      if (!response.ok) {
        const body = await response.json().catch(() => ({}));
        throw new Error(body?.error?.message ?? response.statusText);
      }
      blob = await response.blob();
    } catch (failure) {
      this.notice(`The book could not be downloaded: ${failure.message}`);
      return;
    }
    const url = URL.createObjectURL(blob);
    const title = this.result?.title_secondary || this.result?.title_primary || "book";
    const link = h("a", { href: url, download: `${title.replace(/[\\/:*?"<>|]+/g, " ")}.epub` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  updateBanner() {
    const story = this.story;
    if (!story || !this.banner) return;
    const progress = story.progress ?? {};
    const assets = this.result?.assets ?? {};
    if (story.status === "completed") {
      this.banner.hidden = !assets.has_partial_failures;
      this.banner.className = "banner soft";
      this.banner.replaceChildren("A few pictures or voices could not be made for this book.");
      return;
    }
    if (story.status === "failed" || story.status === "canceled") {
      this.banner.hidden = false;
      this.banner.className = "banner soft";
      this.banner.replaceChildren(
        story.status === "failed"
          ? "This book could not be finished. Here is everything that was made."
          : "Making this book was stopped. Here is everything that was made.",
      );
      return;
    }
    let done = 0;
    let total = 0;
    for (const stage of ["story", "tts", "illustrations"]) {
      done += (progress[stage]?.done ?? 0) + (progress[stage]?.failed ?? 0);
      total += progress[stage]?.total ?? 0;
    }
    const writing = !(this.result?.pages ?? []).length;
    const percent = total ? Math.round((100 * done) / total) : 0;
    const bar = h("span", { className: "bar-fill" });
    bar.style.setProperty("width", `${Math.max(percent, 4)}%`);
    this.banner.hidden = false;
    this.banner.className = "banner making";
    this.banner.replaceChildren(
      h("span", { className: "sparkle" }, icon("star")),
      h(
        "span",
        { className: "banner-text" },
        writing
          ? "Your story is being written…"
          : "This book is still being made: pictures and voices appear as they are ready.",
      ),
      h(
        "span",
        {
          className: "bar",
          role: "progressbar",
          "aria-label": "Book progress",
          "aria-valuemin": "0",
          "aria-valuemax": "100",
          "aria-valuenow": String(percent),
        },
        bar,
      ),
    );
  }

  updatePicker() {
    const options = [["0", "Cover"]];
    for (let n = 1; n <= this.pageCount; n += 1) options.push([String(n), `Page ${n}`]);
    if (this.quiz) options.push([String(this.pageCount + 1), "Quiz"]);
    const signature = options.map((option) => option[1]).join("|");
    if (this.picker.dataset.signature !== signature) {
      this.picker.replaceChildren(
        ...options.map(([value, label]) => h("option", { value }, label)),
      );
      this.picker.dataset.signature = signature;
    }
    if (this.view > this.lastView) this.view = this.lastView;
    this.picker.value = String(this.view);
    this.prevButton.disabled = this.view <= 0;
    this.nextButton.disabled = this.view >= this.lastView;
    this.position.textContent =
      this.view === 0
        ? `Cover · ${this.pageCount} pages`
        : this.view > this.pageCount
          ? "Quiz"
          : `${this.view} / ${this.pageCount}`;
    this.book.dataset.view = String(this.view);
  }

  renderStage() {
    const view = this.view;
    let key;
    let build;
    if (view === 0) {
      const r = this.result ?? {};
      key = JSON.stringify(["cover", this.finished, r.title_primary, r.title_secondary, r.cover_url]);
      build = () => this.coverView();
    } else if (view > this.pageCount) {
      key = JSON.stringify(["quiz", this.quiz]);
      build = () => this.quizView();
    } else {
      key = JSON.stringify(["page", this.finished, view, this.page(view)]);
      build = () => this.pageView(view);
    }
    if (key === this.stageKey) return;
    if (this.stageKey?.startsWith('["quiz"') && key.startsWith('["quiz"')) return; // keep answers
    // Keep focus on the same control across a re-render of the same view.
    const focused = this.stage.contains(document.activeElement)
      ? document.activeElement.dataset.focus
      : null;
    this.stageKey = key;
    this.stage.replaceChildren(build());
    for (const img of this.stage.querySelectorAll("img.art")) {
      img.addEventListener("load", this.onResize, { once: true });
    }
    this.fitPage();
    this.markPlaying();
    if (focused) $(`[data-focus="${focused}"]`, this.stage)?.focus();
  }

  // On a tablet or laptop, a page shows its picture and its whole text above the pager (which
  // floats over the bottom of the window): the picture gives up height until the text's last
  // line clears the pager. Phones scroll instead.
  fitPage() {
    const view = this.stage?.querySelector(".page-view");
    const art = view?.querySelector(".art");
    const texts = view?.querySelector(".texts");
    const pager = this.book?.querySelector(".pager");
    if (!view || !art || !texts || !pager) return;
    view.style.removeProperty("--art-max");
    if (window.innerWidth < 700) return;
    const bottom = texts.getBoundingClientRect().bottom + window.scrollY;
    const room = window.innerHeight - pager.getBoundingClientRect().height;
    const over = bottom - room;
    if (over <= 0) return;
    const height = art.getBoundingClientRect().height;
    view.style.setProperty("--art-max", `${Math.max(Math.floor(height - over), 160)}px`);
  }

  coverView() {
    const r = this.result ?? {};
    const { primary, secondary } = this.langs;
    const request = this.story?.request ?? {};
    let art;
    if (r.cover_url) {
      art = h("img", {
        className: "cover-img",
        src: r.cover_url,
        alt: r.title_secondary ? `Cover picture of “${r.title_secondary}”` : "Cover picture",
      });
    } else if (this.wants.pictures) {
      art = this.artPlaceholder("cover-img", "the cover", "Painting the cover…");
    } else {
      art = h("div", { className: "cover-img plain-cover", "aria-hidden": "true" }, icon("book"));
    }
    const titles = r.title_primary
      ? [
          h("span", { className: "title-primary", lang: primary }, r.title_primary),
          h("span", { className: "title-secondary", lang: secondary }, r.title_secondary ?? ""),
        ]
      : [h("span", { className: "title-primary" }, "A new story is on its way…")];
    return h(
      "article",
      { className: "cover-view", "aria-labelledby": "book-title" },
      h("figure", { className: "cover-art" }, art),
      h(
        "div",
        { className: "cover-text" },
        h("h1", { id: "book-title", className: "book-title" }, titles),
        request.child_name
          ? h("p", { className: "byline" }, `A story for ${request.child_name}`)
          : null,
        h(
          "p",
          { className: "langs" },
          h("span", { className: "chip", lang: primary }, langLabel(primary)),
          h("span", { className: "chip alt", lang: secondary }, langLabel(secondary)),
        ),
        h(
          "button",
          {
            type: "button",
            className: "btn primary big",
            dataset: { focus: "start" },
            disabled: !this.pageCount,
            onclick: () => this.goTo(1),
          },
          "Start reading",
          icon("next"),
        ),
      ),
    );
  }

  pageView(number) {
    const page = this.page(number);
    const { primary, secondary } = this.langs;
    if (!page) {
      return h(
        "article",
        { className: "page-view", "aria-label": `Page ${number} of ${this.pageCount}` },
        this.artPlaceholder("art", `page ${number}`, "This page is still being written…"),
      );
    }
    const alt = page.illustration_scene_prompt || `Picture for page ${number}`;
    let art = null;
    if (page.illustration_url) {
      art = h("img", { className: "art", src: page.illustration_url, alt });
    } else if (this.wants.pictures) {
      art = this.artPlaceholder("art", alt, "Painting this page…");
    }
    const block = (role, lang, text) => {
      const url = page[`audio_${role}_url`];
      const voiced = url || (this.wants.voices && !this.finished);
      return h(
        "section",
        { className: `text-block t-${role}`, dataset: { role } },
        h(
          "p",
          { className: "story-text", lang },
          sentenceSpans(text, page.read_along?.[role], (start) =>
            url ? this.playFrom(number, role, start) : undefined,
          ),
        ),
        voiced &&
          h(
          "button",
          {
            type: "button",
            className: `play ${role}`,
            dataset: { role, focus: `play-${role}` },
            "aria-label": url
              ? `Listen in ${langName(lang)}`
              : `${langName(lang)} voice is not ready yet`,
            "aria-pressed": "false",
            disabled: !url,
            onclick: () => this.toggleClip(number, role),
          },
          icon("speaker"),
          h("span", { lang }, langLabel(lang)),
        ),
      );
    };
    const words = page.vocabulary ?? [];
    return h(
      "article",
      {
        className: "page-view",
        "aria-label": `Page ${number} of ${this.pageCount}`,
        dataset: { page: String(number) },
      },
      art && h("figure", { className: "art-frame" }, art),
      h(
        "div",
        { className: "texts" },
        block("primary", primary, page.text_primary),
        block("secondary", secondary, page.text_secondary),
      ),
      words.length
        ? h(
            "section",
            { className: "vocab", "aria-labelledby": `vocab-${number}` },
            h("h2", { id: `vocab-${number}` }, "Words to learn"),
            h(
              "ul",
              {},
              words.map((word) =>
                h(
                  "li",
                  { className: "word-card" },
                  h(
                    "p",
                    { className: "words" },
                    h("span", { className: "word t-primary-word", lang: primary }, word.word_primary),
                    h("span", { className: "word-sep", "aria-hidden": "true" }, "·"),
                    h("span", { className: "word alt", lang: secondary }, word.word_secondary),
                  ),
                  wordClips(word, primary, secondary),
                  h("p", { className: "definition t-primary", lang: primary }, word.definition_primary),
                  h(
                    "p",
                    { className: "definition t-secondary", lang: secondary },
                    word.definition_secondary,
                  ),
                ),
              ),
            ),
          )
        : null,
    );
  }

  quizView() {
    const { primary, secondary } = this.langs;
    const quiz = this.quiz ?? [];
    const score = h("p", { className: "quiz-score", role: "status" });
    let firstTry = 0;
    let answered = 0;
    const questions = quiz.map((question, qi) => {
      const feedback = h("p", { className: "feedback", "aria-live": "polite" });
      const sources = (question.source_pages ?? []).filter((n) => this.page(n));
      const explanation = h(
        "div",
        { className: "explanation", hidden: true },
        h("p", { className: "t-primary", lang: primary }, question.explanation_primary ?? ""),
        h("p", { className: "t-secondary", lang: secondary }, question.explanation_secondary ?? ""),
        sources.length
          ? h(
              "p",
              { className: "sources" },
              "Read it again: ",
              sources.map((n) =>
                h(
                  "button",
                  { type: "button", className: "link-btn", onclick: () => this.goTo(n) },
                  `page ${n}`,
                ),
              ),
            )
          : null,
      );
      let tries = 0;
      const choices = (question.choices_primary ?? []).map((choice, ci) =>
        h(
          "button",
          {
            type: "button",
            className: "choice",
            dataset: { index: String(ci), focus: `q${qi}c${ci}` },
            onclick: (event) => {
              const button = event.currentTarget;
              tries += 1;
              if (ci === question.answer_index) {
                button.classList.add("correct");
                button.setAttribute("aria-label", `${button.textContent}: right answer`);
                for (const other of button.parentElement.children) other.disabled = true;
                feedback.className = "feedback good";
                feedback.replaceChildren(
                  icon("star"),
                  tries === 1 ? "Yes! That's right!" : "You got it!",
                );
                explanation.hidden = false;
                answered += 1;
                if (tries === 1) firstTry += 1;
                if (answered === quiz.length) {
                  score.textContent =
                    firstTry === quiz.length
                      ? "Wonderful: every answer right on the first try!"
                      : `All done! ${firstTry} of ${quiz.length} right on the first try.`;
                }
              } else {
                button.classList.add("wrong");
                button.disabled = true;
                feedback.className = "feedback try";
                feedback.textContent = "Not quite. Try again!";
              }
            },
          },
          h("span", { className: "choice-mark", "aria-hidden": "true" }, "ABCD"[ci] ?? ""),
          h(
            "span",
            { className: "choice-text" },
            h("span", { className: "t-primary", lang: primary }, choice),
            // A choice that reads the same in both languages (a translation question) once.
            question.choices_secondary?.[ci] && question.choices_secondary[ci] !== choice
              ? h("span", { className: "t-secondary", lang: secondary }, question.choices_secondary[ci])
              : null,
          ),
        ),
      );
      return h(
        "li",
        { className: "quiz-question" },
        h(
          "p",
          { className: "question" },
          h("span", { className: "t-primary", lang: primary }, question.question_primary),
          h("span", { className: "t-secondary", lang: secondary }, question.question_secondary),
        ),
        h(
          "div",
          { className: "choices", role: "group", "aria-label": `Answers to question ${qi + 1}` },
          choices,
        ),
        feedback,
        explanation,
      );
    });
    return h(
      "section",
      { className: "quiz", id: "quiz", "aria-labelledby": "quiz-title" },
      h("h1", { id: "quiz-title" }, "Quiz time!"),
      h("p", { className: "hint" }, "What do you remember from the story?"),
      h("ol", { className: "quiz-list" }, questions),
      score,
    );
  }

  // ---- moving around

  goTo(view, { fromAutoplay = false } = {}) {
    const target = Math.max(0, Math.min(Number(view) || 0, this.lastView));
    if (!fromAutoplay) this.stopAudio();
    if (target !== this.view) {
      this.view = target;
      this.updatePicker();
      this.renderStage();
      if (this.stage.getBoundingClientRect().top < 0) this.book.scrollIntoView();
      announce(
        target === 0
          ? "Cover"
          : target > this.pageCount
            ? "Quiz"
            : `Page ${target} of ${this.pageCount}`,
      );
    }
    if (this.autoplay && !fromAutoplay) this.startAutoplay();
  }

  setTextMode(mode) {
    this.textMode = mode;
    localStorage.setItem(TEXT_STORAGE, mode);
    this.book.dataset.text = mode;
    this.fitPage();
    for (const button of this.modeButtons) {
      button.setAttribute("aria-pressed", String(button.dataset.mode === mode));
    }
  }

  key(event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (document.body.classList.contains("print-preview")) return;
    const target = event.target;
    const tag = target?.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target?.isContentEditable) {
      return;
    }
    if (event.key === "ArrowRight" || event.key === "PageDown") {
      event.preventDefault();
      this.goTo(this.view + 1);
    } else if (event.key === "ArrowLeft" || event.key === "PageUp") {
      event.preventDefault();
      this.goTo(this.view - 1);
    } else if (event.key === "Home") {
      event.preventDefault();
      this.goTo(0);
    } else if (event.key === "End") {
      event.preventDefault();
      this.goTo(this.pageCount);
    } else if ((event.key === " " || event.code === "Space") && tag !== "BUTTON" && tag !== "A") {
      event.preventDefault();
      if (this.autoplay) this.stopAutoplay();
      else if (this.clip) this.stopAudio();
      else this.startAutoplay();
    }
  }

  // ---- sound

  playClip(number, role, from = 0) {
    const page = this.page(number);
    const url = page?.[`audio_${role}_url`];
    this.stopAudio();
    if (!url) return Promise.resolve(false);
    const player = this.player;
    return new Promise((resolve) => {
      const finish = (ended) => {
        player.removeEventListener("ended", onEnded);
        player.removeEventListener("error", onError);
        if (this.clip === clip) this.clip = null;
        this.markPlaying();
        resolve(ended);
      };
      const onEnded = () => finish(true);
      const onError = () => finish(false);
      const clip = {
        page: number,
        role,
        stop: () => {
          player.pause();
          finish(false);
        },
      };
      this.clip = clip;
      player.addEventListener("ended", onEnded);
      player.addEventListener("error", onError);
      player.src = url;
      if (from > 0) player.currentTime = from; // the default start position until it loads
      this.markPlaying();
      this.followSentences(clip);
      player.play().catch((error) => {
        if (this.clip !== clip) return;
        if (error.name === "NotAllowedError") this.notice("Tap a speaker button to start the sound.");
        finish(false);
      });
    });
  }

  toggleClip(number, role) {
    const same = this.clip && this.clip.page === number && this.clip.role === role;
    this.stopAutoplay();
    if (same) this.stopAudio();
    else this.playClip(number, role);
  }

  stopAudio() {
    this.clip?.stop();
  }

  // A tap on a sentence: that clip, from that sentence.
  playFrom(number, role, start) {
    this.stopAutoplay();
    this.playClip(number, role, start);
  }

  // Light the sentence being read, every frame while the clip plays.
  followSentences(clip) {
    const tick = () => {
      if (this.clip !== clip) return;
      this.lightSentence(clip, this.player.currentTime);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }

  lightSentence(clip, time) {
    for (const block of this.stage?.querySelectorAll(".text-block") ?? []) {
      const reading = clip && clip.page === this.view && clip.role === block.dataset.role;
      let current = -1;
      const spans = [...block.querySelectorAll(".sentence")];
      if (reading) {
        // The last sentence that has begun (a pause between two keeps the earlier one lit).
        for (const [index, span] of spans.entries()) {
          if (Number(span.dataset.start) <= time + 0.05) current = index;
        }
      }
      spans.forEach((span, index) => span.classList.toggle("is-current", index === current));
      if (current >= 0) block.dataset.sentence = String(current);
      else delete block.dataset.sentence;
    }
  }

  markPlaying() {
    const clip = this.clip;
    document.body.dataset.playing = clip ? clip.role : "";
    this.lightSentence(clip, clip ? this.player.currentTime : 0);
    for (const block of this.stage?.querySelectorAll(".text-block") ?? []) {
      const on = Boolean(clip && clip.page === this.view && clip.role === block.dataset.role);
      block.classList.toggle("is-reading", on);
      const button = $(".play", block);
      if (!button) continue;
      button.setAttribute("aria-pressed", String(on));
      button.firstElementChild.replaceWith(icon(on ? "pause" : "speaker"));
    }
  }

  startAutoplay() {
    const run = ++this.run;
    this.autoplay = true;
    this.updateAutoplayButton();
    this.autoplayLoop(run);
  }

  stopAutoplay() {
    if (!this.autoplay) return;
    this.autoplay = false;
    this.run += 1;
    this.stopAudio();
    this.updateAutoplayButton();
  }

  updateAutoplayButton() {
    const button = this.autoplayButton;
    if (!button) return;
    button.setAttribute("aria-pressed", String(this.autoplay));
    button.replaceChildren(
      icon(this.autoplay ? "pause" : "play"),
      h("span", {}, this.autoplay ? "Pause" : "Read to me"),
    );
  }

  async autoplayLoop(run) {
    const alive = () => this.autoplay && run === this.run && !this.abort.signal.aborted;
    while (alive()) {
      if (this.view === 0) {
        await sleep(1200);
        if (!alive()) return;
        if (!this.pageCount) return this.stopAutoplay();
        this.goTo(1, { fromAutoplay: true });
        continue;
      }
      if (this.view > this.pageCount) return this.stopAutoplay();
      const number = this.view;
      let played = false;
      for (const role of this.visibleRoles()) {
        if (!this.page(number)?.[`audio_${role}_url`]) continue;
        const ended = await this.playClip(number, role);
        if (!alive()) return;
        played = played || ended;
        await sleep(400);
        if (!alive()) return;
      }
      if (!played) {
        // No voice (yet): give time to read the page before turning it.
        const text = this.page(number)?.text_secondary ?? "";
        await sleep(Math.min(4000 + text.length * 40, 12000));
        if (!alive()) return;
      }
      if (this.view !== number) continue;
      if (number >= this.pageCount) {
        if (this.quiz) this.goTo(this.pageCount + 1, { fromAutoplay: true });
        this.stopAutoplay();
        announce("The end");
        return;
      }
      this.goTo(number + 1, { fromAutoplay: true });
    }
  }

  // ---- print

  buildPrint(eager) {
    const r = this.result ?? {};
    const { primary, secondary } = this.langs;
    const key = JSON.stringify([r.cover_url, r.title_primary, this.pages]);
    if (key !== this.printKey) {
      this.printKey = key;
      const loading = eager ? "eager" : "lazy";
      const sheets = [
        h(
          "article",
          { className: "print-page print-cover" },
          r.cover_url
            ? h("img", { src: r.cover_url, alt: "Cover picture", loading })
            : h("div", { className: "print-blank" }),
          h(
            "h1",
            {},
            h("span", { className: "title-primary", lang: primary }, r.title_primary ?? ""),
            h("span", { className: "title-secondary", lang: secondary }, r.title_secondary ?? ""),
          ),
          this.story?.request?.child_name
            ? h("p", { className: "byline" }, `A story for ${this.story.request.child_name}`)
            : null,
        ),
        ...this.pages.map((page) =>
          h(
            "article",
            { className: "print-page" },
            page.illustration_url
              ? h("img", {
                  src: page.illustration_url,
                  alt: page.illustration_scene_prompt || `Picture for page ${page.page_number}`,
                  loading,
                })
              : h("div", { className: "print-blank" }),
            h("p", { className: "print-text", lang: primary }, page.text_primary),
            h("p", { className: "print-text alt", lang: secondary }, page.text_secondary),
            h("p", { className: "folio" }, String(page.page_number)),
          ),
        ),
      ];
      this.printBook.replaceChildren(...sheets);
    } else if (eager) {
      for (const img of this.printBook.querySelectorAll("img")) img.loading = "eager";
    }
  }

  async openPrint() {
    this.stopAutoplay();
    this.stopAudio();
    this.buildPrint(true);
    document.body.classList.add("print-preview");
    document.body.dataset.printReady = "false";
    window.scrollTo(0, 0);
    $("#print-now")?.focus();
    const images = [...this.printBook.querySelectorAll("img")];
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
    document.body.dataset.printReady = "true";
  }

  closePrint() {
    document.body.classList.remove("print-preview");
    delete document.body.dataset.printReady;
    $("#print-view")?.focus();
  }

  // ---- sharing (the owner only)

  async share() {
    let link;
    try {
      link = await this.source.share();
    } catch (failure) {
      this.notice(`The link could not be made: ${failure.message}`);
      return;
    }
    const input = h("input", {
      id: "share-url",
      type: "text",
      readonly: true,
      value: link.url,
      "aria-label": "Share link",
    });
    const copied = h("span", { className: "hint", role: "status" });
    const dialog = h(
      "dialog",
      { className: "share-dialog", "aria-labelledby": "share-title" },
      h("h2", { id: "share-title" }, "Share this book"),
      h(
        "p",
        {},
        `Anyone with this link can read the book (and nothing else) until ${formatDate(link.expires_at)}.`,
      ),
      input,
      h(
        "div",
        { className: "dialog-actions" },
        h(
          "button",
          {
            type: "button",
            className: "btn primary",
            onclick: async () => {
              input.select();
              try {
                await navigator.clipboard.writeText(link.url);
                copied.textContent = "Copied!";
              } catch {
                copied.textContent = "Select the link and copy it.";
              }
            },
          },
          "Copy link",
        ),
        h("button", { type: "button", className: "btn", onclick: () => dialog.close() }, "Close"),
        copied,
      ),
    );
    dialog.addEventListener("close", () => dialog.remove());
    document.body.append(dialog);
    dialog.showModal();
    input.select();
  }

  notice(message) {
    announce(message);
    const note = h("div", { className: "toast", role: "status" }, message);
    document.body.append(note);
    setTimeout(() => note.remove(), 6000);
  }
}

// ---------------------------------------------------------------------------------------------
// Routing

let current = null;

function parseRoute() {
  let raw = location.hash.replace(/^#/, "") || "/";
  try {
    raw = decodeURI(raw);
  } catch {
    // keep it as it is
  }
  const [path, query = ""] = raw.split("?");
  const params = new URLSearchParams(query);
  const match = /^\/book\/([^/]+)\/?$/.exec(path);
  if (match) return { name: "book", id: match[1], token: params.get("token") };
  return { name: "library" };
}

function route() {
  current?.destroy();
  current = null;
  const root = $("#main");
  const where = parseRoute();
  if (where.name === "book") {
    if (!where.token && !storedKey()) {
      renderKeyForm(root, "Please type your API key to open this book.");
      return;
    }
    root.replaceChildren(
      h(
        "div",
        { className: "loading", role: "status" },
        h("span", { className: "spinner", "aria-hidden": "true" }),
        " Opening the book…",
      ),
    );
    current = new BookView(root, where);
    current.start();
  } else {
    renderLibrary(root);
  }
}

window.addEventListener("hashchange", route);
route();
