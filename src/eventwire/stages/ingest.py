"""Read articles from plain text, HTML, JSON Lines, RSS/Atom feeds, folders and feed URLs.

Every input becomes an :class:`~eventwire.records.Article` or a
:class:`~eventwire.records.Rejection` with a reason; nothing raises for bad content. Only a
path that does not exist raises :class:`~eventwire.errors.InputError`, and it does so when
``read_sources`` is called, before anything is read.

The article text is kept as read (the decoded file, the text trafilatura extracts from HTML,
a feed entry's content with its markup stripped): event evidence offsets point into it.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import logging
import re
import unicodedata
import urllib.request
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.records import Article, Rejection

log = logging.getLogger(__name__)

Item = Article | Rejection

TEXT_EXT = {".txt", ".text", ""}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
FEED_EXT = {".rss", ".atom", ".xml"}
JSON_EXT = {".json"}
KNOWN_EXT = TEXT_EXT | HTML_EXT | JSONL_EXT | FEED_EXT | JSON_EXT
# the reason of the Rejection a folder gives for a file of another kind (notes.md, image.png):
# counted and recorded as skipped, not as a rejected article
SKIPPED_FILE = "skipped: not an article format"

# The language check (``english_problem``) is a cheap function-word count, no model:
# - a text under MIN_WORDS_FOR_LANGUAGE words is kept (headlines, snippets), unless it is
#   mostly non-Latin script, or it is a whole sentence (MIN_WORDS_SHORT_CHECK words or more)
#   with at least SHORT_FOREIGN_WORDS function words of other languages and four times as many
#   as English ones (``_short_problem``: shared words and name particles do not count);
# - running English prose has 35-50% of its words in ENGLISH_WORDS; a text with at least
#   MIN_ENGLISH_SHARE (12%) is English;
# - below that, it is not English when it has more function words of other common languages
#   (FOREIGN_WORDS: French, Spanish, Portuguese, Italian, German, Dutch, Indonesian/Malay,
#   Turkish, Swahili) than English ones, or, from 50 words on, under 2% English ones at all;
# - from 50 words on, under MIN_PROSE_SHARE (8%) is not English either, unless the text is
#   name-heavy (NAME_HEAVY_SHARE of its words capitalised): English headline digests and
#   casualty lists (2-8%, mostly names) are kept, prose of a language missing from FOREIGN_WORDS
#   (Somali, Hausa...) is not.
_ENGLISH = """a about after against all also an and any are as at be been before but by can could did do
    does during for from had has have he her his how i if in into is it its may more most no not of
    on one or other our out over said says she should so some than that the their them then there
    these they this those through to under up was we were what when where which while who will with
    would you"""
ENGLISH_WORDS = frozenset(_ENGLISH.split())
_FOREIGN = """le la les des du de et est une un pour dans qui que sur pas par au aux avec ce cette sont ont
    été il elle el los las del y en una para con se es fue son al lo como más pero o os da dos das e em
    um uma com não foi são ao na nos gli di della che non sono è stato nel alla der die das und ist
    nicht ein eine mit von den dem zu auf für sich wurde het een en van dat zijn op te voor werd yang
    dan di ke dari ini itu dengan untuk pada tidak adalah akan dalam oleh ve bir bu için ile olarak
    çok daha na wa ya kwa za katika ni"""
FOREIGN_WORDS = frozenset(_FOREIGN.split()) - ENGLISH_WORDS
# short words that are function words (or common words) in English and in another language alike:
# no evidence either way in a short text
SHARED_WORDS = frozenset({"a", "no", "in", "as", "on", "do", "so", "die", "o", "e", "am", "is", "den", "van"})
MIN_ENGLISH_SHARE = 0.12
MIN_ENGLISH_FLOOR = 0.02  # from 50 words on, under this share is not English whatever else
MIN_PROSE_SHARE = 0.08  # from 50 words on, under this share is not English unless name-heavy
NAME_HEAVY_SHARE = 0.3
MIN_WORDS_FOR_FLOOR = 50
MIN_WORDS_FOR_LANGUAGE = 25
MIN_WORDS_SHORT_CHECK = 12
SHORT_FOREIGN_WORDS = 4
MIN_LATIN_SHARE = 0.5  # share of letters that must be Latin script, judged from 20 letters on

OUTLETS = {
    "afp": "AFP", "agence france-presse": "AFP", "reuters": "Reuters", "ap": "AP",
    "associated press": "AP", "the associated press": "AP", "xinhua": "Xinhua", "anadolu": "Anadolu",
    "dpa": "dpa", "upi": "UPI", "efe": "EFE", "ansa": "ANSA", "pti": "PTI", "ians": "IANS", "ani": "ANI",
    "kyodo": "Kyodo", "yonhap": "Yonhap", "tass": "TASS", "interfax": "Interfax", "bernama": "Bernama",
}  # fmt: skip
_OUTLET_RE = "|".join(sorted((re.escape(k) for k in OUTLETS), key=len, reverse=True))
CREDIT_RES = (
    re.compile(rf"\((?P<o>{_OUTLET_RE})\)", re.IGNORECASE),
    re.compile(rf"\b(?:told|according to|said to|reported by) (?P<o>{_OUTLET_RE})\b", re.IGNORECASE),
)


def read_sources(
    paths: Sequence[str | Path], published: date | None = None, max_bytes: int = 10_000_000
) -> Iterator[Item]:
    """Articles and rejections from files, folders and http(s) feed URLs, in the order given.

    ``published`` overrides every date found in the inputs. Files over ``max_bytes`` are
    rejected without being read (JSON Lines files are streamed and the limit holds per line).
    Raises InputError at once for a path that does not exist.
    """
    for p in paths:
        if not _is_url(str(p)) and not Path(p).exists():
            raise InputError(f"no such file: {p}")
    return _read_all(list(paths), published, max_bytes)


def _read_all(paths: list[str | Path], published: date | None, max_bytes: int) -> Iterator[Item]:
    for p in paths:
        if _is_url(str(p)):
            yield from _read_url(str(p), published, max_bytes)
        elif Path(p).is_dir():
            for path in _walk(Path(p)):
                if isinstance(path, Rejection):
                    yield path
                else:
                    yield from _read_file(path, published, max_bytes)
        else:
            yield from _read_file(Path(p), published, max_bytes)


def _is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def _walk(root: Path) -> Iterator[Path | Rejection]:
    """Files under ``root`` of a kind ingest reads, sorted, hidden files and folders skipped; a
    file of another kind gives a SKIPPED_FILE Rejection."""
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if path.suffix.lower() in KNOWN_EXT:
            yield path
        else:
            log.info("skipping %s: not a kind of file ingest reads", path)
            yield Rejection(_label(path), SKIPPED_FILE, f"extension {path.suffix or '(none)'}")


def _label(path: Path) -> str:
    """The path as text that is valid UTF-8: bytes of a file name that are not (a Latin-1 name
    from an old archive) are written as escapes such as \\xe9."""
    name = str(path)
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


# ---------------------------------------------------------------------------------- files


def _read_file(path: Path, published: date | None, max_bytes: int) -> Iterator[Item]:
    origin = _label(path)
    try:
        size = path.stat().st_size
        if path.suffix.lower() in JSONL_EXT:
            yield from _read_jsonl(path, origin, published, max_bytes)
            return
        if size > max_bytes:
            yield Rejection(origin, "too large", f"{size} bytes > limit {max_bytes}")
            return
        data = path.read_bytes()
    except OSError as err:
        yield Rejection(origin, "unreadable", str(err))
        return
    yield from _read_bytes(data, origin, path.suffix.lower(), published, max_bytes)


def _read_bytes(data: bytes, origin: str, suffix: str, published: date | None, max_bytes: int) -> Iterator[Item]:
    """Dispatch the content of one file (or one download) on its kind."""
    if not data.strip():
        yield Rejection(origin, "empty file", "no content" if not data else "whitespace only")
        return
    wide = _utf16_without_bom(data)
    if wide is not None:
        try:
            data = data.decode(wide).encode("utf-8")
        except UnicodeDecodeError:
            yield Rejection(origin, "not UTF-8 text", "looks like UTF-16 without a byte-order mark; save it as UTF-8")
            return
        log.warning("%s has no byte-order mark; read as %s", origin, wide.upper())
    if _is_binary(data):
        yield Rejection(origin, "binary file", "contains NUL bytes or control characters")
        return
    kind = _kind(suffix, data)
    if kind == "html":
        yield _from_html(data, origin, published)
    elif kind == "feed":
        yield from _read_feed(data, origin, published)
    elif kind == "jsonl":
        yield from _jsonl_lines(data.splitlines(keepends=True), origin, published, max_bytes)
    elif suffix in JSON_EXT:
        yield from _read_json(data, origin, published)
    else:
        yield _from_text_bytes(data, origin, published)


def _kind(suffix: str, data: bytes) -> str:
    """The kind of input ("html", "feed", "jsonl", "text") from the extension and first bytes."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if suffix in HTML_EXT:
        return "html"
    if suffix in JSONL_EXT:
        return "jsonl"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or b"<html" in head:
        return "html"
    if suffix in FEED_EXT:
        return "feed"
    if suffix == ".json" or head.startswith(b"{"):
        return "jsonl" if _first_line_is_article(data) else "text"
    return "text"


def _first_line_is_article(data: bytes) -> bool:
    try:
        obj = json.loads(data.lstrip().split(b"\n", 1)[0])
    except ValueError:
        return False
    return isinstance(obj, dict) and ("text" in obj or "html" in obj)


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" for text of mostly ASCII characters in UTF-16 without a BOM:
    NUL bytes in nearly every odd (little-endian) or even (big-endian) position, few elsewhere."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or len(head) < 8:
        return None
    half = len(head) // 2
    odd, even = head[1 : 2 * half : 2].count(0), head[0 : 2 * half : 2].count(0)
    if odd >= 0.7 * half and even <= 0.05 * half:
        return "utf-16-le"
    if even >= 0.7 * half and odd <= 0.05 * half:
        return "utf-16-be"
    return None


def _is_binary(data: bytes) -> bool:
    """NUL bytes, or more than 5% control characters other than whitespace, in the first 8 KB."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with a byte-order mark: decoded below
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in b"\t\n\r\f\v\x1b")
    return controls > 0.05 * len(head)


# ---------------------------------------------------------------------------------- text


def decode(data: bytes, origin: str) -> str | None:
    """UTF-8 (or UTF-16 with a BOM); bytes that are not UTF-8 are read as cp1252 one by one, if the
    result looks like text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        first_error = err
    text = data.decode("utf-8-sig", errors=CP1252_BYTES)
    if not _looks_like_text(text):
        return None
    log.warning(
        "%s is not UTF-8 (%s at byte %d); the invalid bytes decoded as cp1252 one by one",
        origin, first_error.reason, first_error.start,
    )  # fmt: skip
    return text


def _cp1252_bytes(err: UnicodeError) -> tuple[str, int]:
    """A codecs error handler: the bytes UTF-8 cannot decode, read one by one as cp1252 (latin-1
    for the five bytes cp1252 leaves undefined), so the valid UTF-8 around them stays as it is."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    return "".join(chr(b) if b in _CP1252_HOLES else bytes([b]).decode("cp1252") for b in bad), err.end


_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")
CP1252_BYTES = "eventwire-cp1252"
codecs.register_error(CP1252_BYTES, _cp1252_bytes)


def _looks_like_text(text: str) -> bool:
    """Few control characters and mostly ASCII: what a mis-declared Western text looks like."""
    if not text:
        return False
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f")
    non_ascii = sum(1 for c in text if ord(c) > 127)
    return controls <= 0.01 * len(text) and non_ascii <= 0.2 * len(text)


def _from_text_bytes(data: bytes, origin: str, published: date | None) -> Item:
    text = decode(data, origin)
    if text is None:
        return Rejection(origin, "not UTF-8 text", "invalid UTF-8 and no plausible fallback decoding")
    return make_article(text, origin, published)


def article_id(text: str) -> str:
    """The id of an article: "a-" and the first 16 hex digits of the SHA-256 of the normalised text.

    Normalised: Unicode NFC, runs of whitespace collapsed to one space, stripped. The same
    text read from a file, a feed or a JSON Lines line without an ``id`` gets the same id; the
    runner finds a text stored under another id by this hash (``articles.text_id``).
    """
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return "a-" + hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def find_source(text: str) -> str | None:
    """The outlet a dateline or credit names: "KABUL (AFP) -", "... told Reuters"."""
    for pattern in CREDIT_RES:
        match = pattern.search(text[:600] if pattern is CREDIT_RES[0] else text)
        if match:
            return OUTLETS[match.group("o").lower()]
    return None


def _short_problem(words: list[str]) -> str | None:
    """Why a short text (a sentence of 12-24 words) is not English: at least SHORT_FOREIGN_WORDS
    function words of other languages, four times as many as English ones. Words both sides use
    ("a", "no", "in") count for neither, and particles of names ("Santa Cruz de la Sierra", "Le
    Pen", "al-Assad", "van den Berg": a run of them before a capitalised word) are not counted."""
    lower = [w.lower() for w in words]
    content = [i for i, w in enumerate(lower) if w not in FOREIGN_WORDS]

    def capital_beside(i: int, after: bool) -> bool:
        near = [j for j in content if j > i] if after else [j for j in content if j < i][::-1]
        return bool(near) and words[near[0]][0].isupper()

    particle = [
        w in FOREIGN_WORDS and capital_beside(i, True) and (words[i][0].isupper() or capital_beside(i, False))
        for i, w in enumerate(lower)
    ]
    foreign = sum(1 for i, w in enumerate(lower) if w in FOREIGN_WORDS and w not in SHARED_WORDS and not particle[i])
    english = sum(1 for w in lower if w in ENGLISH_WORDS and w not in SHARED_WORDS)
    if foreign < SHORT_FOREIGN_WORDS or english * 4 > foreign:
        return None
    return f"{english} English function words, {foreign} of other languages' in {len(words)} words"


def english_problem(text: str) -> str | None:
    """Why ``text`` is not English, or None (see the notes above ENGLISH_WORDS)."""
    letters = [c for c in text[:20000] if c.isalpha()]
    if len(letters) >= 20:
        latin = sum(1 for c in letters if c < "\u0250")
        if latin < MIN_LATIN_SHARE * len(letters):
            return f"mostly non-Latin script ({latin}/{len(letters)} Latin letters)"
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return _short_problem(re.findall(r"[^\W\d_]+", text)) if len(words) >= MIN_WORDS_SHORT_CHECK else None
    english = sum(1 for w in words if w in ENGLISH_WORDS) / len(words)
    foreign = sum(1 for w in words if w in FOREIGN_WORDS) / len(words)
    if english >= MIN_ENGLISH_SHARE:
        return None
    if foreign > english or (len(words) >= MIN_WORDS_FOR_FLOOR and english < MIN_ENGLISH_FLOOR):
        return f"{english:.0%} English function words, {foreign:.0%} of other languages'"
    if len(words) >= MIN_WORDS_FOR_FLOOR and english < MIN_PROSE_SHARE and not _name_heavy(text[:20000]):
        return f"{english:.0%} English function words in {len(words)} words of running text"
    return None


def _name_heavy(text: str) -> bool:
    """Whether at least NAME_HEAVY_SHARE of the words are capitalised (a digest, a list of names)."""
    words = re.findall(r"[^\W\d_]+", text)
    return bool(words) and sum(1 for w in words if w[0].isupper()) >= NAME_HEAVY_SHARE * len(words)


def make_article(
    text: str,
    origin: str,
    published: date | None,
    found: tuple[date | None, str] | None = None,
    **fields: Any,
) -> Item:
    """An Article from its text, or a Rejection for empty or non-English text.

    The date is ``published`` ("given") if set, else ``found`` (a date from the input's
    metadata and where it came from) if it has one, else the text's dateline.
    """
    if not text.strip():
        return Rejection(origin, "empty file", "whitespace only")
    problem = english_problem(text)
    if problem:
        return Rejection(origin, "not English", problem)
    when, where = _article_date(text, published, found)
    fields.setdefault("id", article_id(text))
    fields["source"] = fields.get("source") or find_source(text)
    return Article(text=text, published=when, published_from=where, origin=origin, **fields)


def _article_date(text: str, published: date | None, found: tuple[date | None, str] | None) -> tuple[date | None, str]:
    if published is not None:
        return published, "given"
    if found is not None and found[0] is not None:
        return found
    from eventwire.stages.dates import publication_date

    when, where = publication_date(text)
    return (when, where) if when is not None else (None, "none")


# ---------------------------------------------------------------------------------- HTML


def html_date_params() -> dict[str, Any]:
    """htmldate options: only dates the page states in its markup, never a guessed one.

    ``extensive_search`` off stops htmldate from mining free text (a copyright year would
    become January 1st of that year); ``max_date`` rules out dates in the future.
    """
    return {"extensive_search": False, "original_date": True, "max_date": date.today().isoformat()}


def _from_html(data: bytes | str, origin: str, published: date | None, **fields: Any) -> Item:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, date_extraction_params=html_date_params()
        )
    except Exception as err:  # trafilatura or lxml choking on a page: reject it, go on
        log.debug("trafilatura failed on %s", origin, exc_info=True)
        return Rejection(origin, "unreadable HTML", f"{type(err).__name__}: {err}")
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        return Rejection(origin, "no article text in HTML")
    for name, attr in (("title", "title"), ("url", "url"), ("source", "sitename")):
        fields[name] = fields.get(name) or getattr(doc, attr, None)
    return make_article(text, origin, published, (_parse_date(getattr(doc, "date", None)), "html"), **fields)


def _parse_date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content), one line per block element."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises ParserError and friends on junk: keep the raw text
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for el in root.iter("br", "p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "tr"):
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


# ---------------------------------------------------------------------------------- JSON Lines


def _read_jsonl(path: Path, origin: str, published: date | None, max_bytes: int) -> Iterator[Item]:
    with path.open("rb") as handle:
        yield from _jsonl_lines(handle, origin, published, max_bytes)


def _jsonl_lines(lines: Any, origin: str, published: date | None, max_bytes: int) -> Iterator[Item]:
    count = 0
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        count += 1
        where = f"{origin}:{lineno}"
        if len(raw) > max_bytes:
            yield Rejection(where, "too large", f"{len(raw)} bytes > limit {max_bytes}")
            continue
        yield _jsonl_article(raw, where, published)
    if count == 0:
        yield Rejection(origin, "empty file", "no JSON lines")


def _read_json(data: bytes, origin: str, published: date | None) -> Iterator[Item]:
    """A .json file that is not JSON Lines: one article object, or a list of them; any other
    JSON (a settings or results file) is skipped as not an article format."""
    try:
        obj = json.loads(data)
    except (ValueError, UnicodeDecodeError) as err:
        yield Rejection(origin, "invalid JSON", str(err))
        return
    objs = obj if isinstance(obj, list) else [obj]
    if not objs or not all(isinstance(o, dict) and ("text" in o or "html" in o) for o in objs):
        yield Rejection(origin, SKIPPED_FILE, "JSON without articles (objects with 'text' or 'html')")
        return
    for index, one in enumerate(objs, start=1):
        where = origin if len(objs) == 1 else f"{origin}#{index}"
        yield _jsonl_article(json.dumps(one).encode("utf-8"), where, published)


def _jsonl_article(raw: bytes, where: str, published: date | None) -> Item:
    try:
        obj = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as err:
        return Rejection(where, "invalid JSON", str(err))
    if not isinstance(obj, dict):
        return Rejection(where, "invalid JSON", f"expected an object, got {type(obj).__name__}")
    fields: dict[str, Any] = {k: str(obj[k]) for k in ("id", "title", "url", "source") if obj.get(k) not in (None, "")}
    given = _parse_date(obj["published"]) if obj.get("published") else None
    if obj.get("published") and given is None:
        return Rejection(where, "bad published date", f"{obj['published']!r} is not YYYY-MM-DD")
    published = published or given  # the line's own date counts as given, the user's wins
    text, html = obj.get("text"), obj.get("html")
    if isinstance(text, str) and text.strip():
        return make_article(text, where, published, **fields)
    if isinstance(html, str) and html.strip():
        return _from_html(html, where, published, **fields)
    return Rejection(where, "no text", "the line has no 'text' or 'html'")


# ---------------------------------------------------------------------------------- feeds


def _read_url(url: str, published: date | None, max_bytes: int) -> Iterator[Item]:
    """Download a feed (or a page) and read it like a file; failures become Rejections."""
    request = urllib.request.Request(url, headers={"User-Agent": "eventwire (+feed reader)"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            data = response.read(max_bytes + 1)
    except Exception as err:  # URLError, HTTPError, timeouts, bad certificates...
        yield Rejection(url, "feed unreachable", f"{type(err).__name__}: {err}")
        return
    if len(data) > max_bytes:
        yield Rejection(url, "too large", f"more than {max_bytes} bytes")
        return
    suffix = Path(url.split("?", 1)[0]).suffix.lower()
    yield from _read_bytes(data, url, suffix if suffix in KNOWN_EXT else ".xml", published, max_bytes)


def _read_feed(data: bytes, origin: str, published: date | None) -> Iterator[Item]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        detail = str(parsed.get("bozo_exception", "")) if parsed.bozo else "the feed has no entries"
        yield Rejection(origin, "unparseable feed" if parsed.bozo else "empty feed", detail)
        return
    outlet = parsed.feed.get("title") or None
    for index, entry in enumerate(parsed.entries):
        yield _feed_entry(entry, f"{origin}#{index + 1}", published, outlet)


def _feed_entry(entry: Any, origin: str, published: date | None, outlet: str | None) -> Item:
    contents = entry.get("content") or []
    body = (contents[0].get("value") if contents else None) or entry.get("summary") or ""
    text = html_to_text(body) if "<" in body else body.strip()
    if not text:
        return Rejection(origin, "no text in feed entry", entry.get("title", ""))
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    when = date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
    fields = {"title": entry.get("title") or None, "url": entry.get("link") or None, "source": outlet}
    return make_article(text, origin, published, (when, "feed"), **fields)
