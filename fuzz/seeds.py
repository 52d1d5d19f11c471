#!/usr/bin/env python3
# Copyright 2026 The khabar Authors. MIT License.
"""Writes the seed corpus of one fuzz target into a directory.

Seeds come from ../shared/gold, ../shared/examples and examples/ (and, for
the dictionary target, from dict/), read at run time: no article text is
copied into the repository. Usage: fuzz/seeds.py TARGET DIR
"""

import hashlib
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
MAX_SEED = 16 * 1024
# fuzz/run's -max_len for these targets: a longer seed would be cut there.
READER_SEED = 4096
CODER_SEED = 2048


def jsonl_files():
    return sorted((SHARED / "gold").glob("*.jsonl")) + sorted((ROOT / "examples").glob("*.jsonl"))


def text_files():
    return sorted((SHARED / "examples").glob("*.txt")) + sorted((ROOT / "examples").glob("*.txt"))


def lines():
    for path in jsonl_files():
        for line in path.read_bytes().splitlines(keepends=True):
            if line.strip():
                yield line


def documents():
    """(text, lang) of every document."""
    for line in lines():
        try:
            doc = json.loads(line)
        except ValueError:
            continue
        if isinstance(doc.get("text"), str):
            yield doc["text"].encode(), doc.get("lang", "")
    for path in text_files():
        yield path.read_bytes(), "ar" if ".ar." in path.name else ""


def pieces(text, limit):
    """`text` cut into pieces of at most `limit` bytes, each ending after a
    line break or a sentence end where possible and never inside a UTF-8
    sequence (a piece that is not UTF-8 would only test the rejection)."""
    while len(text) > limit:
        ends = (b"\n", b". ", "\u060c ".encode(), b" ")
        cut = max((text.rfind(e, 0, limit - len(e) + 1) + len(e) for e in ends if e in text[:limit]),
                  default=0)
        if cut <= 0:
            cut = limit
            while cut > 0 and (text[cut] & 0xC0) == 0x80:
                cut -= 1
        yield text[:cut]
        text = text[cut:]
    yield text


def reader_seeds():
    for line in lines():
        yield line
    for path in jsonl_files():
        chunk = b""
        for line in path.read_bytes().splitlines(keepends=True):
            if chunk and len(chunk) + len(line) > READER_SEED:
                yield chunk
                chunk = b""
            chunk += line
        if chunk:
            yield chunk
    for path in text_files():
        data = path.read_bytes()
        yield data
        yield data.replace(b"\n", b"\r\n")
        yield b"\xef\xbb\xbf" + data


def text_seeds():
    for text, _ in documents():
        yield text[:MAX_SEED]


def coder_seeds():
    # The fuzz target reads its options from the last four bytes: date, id,
    # language, and explain/trace flags (see coder_fuzzer.cc); the text is
    # cut into pieces that fit fuzz/run's -max_len with those four bytes.
    languages = {"": 0, "ar": 1, "en": 2}
    i = 0
    for text, lang in documents():
        for piece in pieces(text, CODER_SEED - 4):
            yield piece + bytes([i % 4, i % 4, languages.get(lang, 3), i % 8])
            i += 1


def dictionary_seeds():
    for path in sorted((ROOT / "dict").rglob("*")):
        if path.suffix not in (".txt", ".tsv") or "FORMAT" in path.name:
            continue
        relative = path.relative_to(ROOT / "dict").as_posix().encode()
        chunk = b""
        for line in path.read_bytes().splitlines(keepends=True):
            starts_entry = line[:1] not in (b" ", b"\t", b"#", b"\n", b"")
            if chunk and starts_entry and len(chunk) + len(line) > 900:
                yield relative + b"\n" + chunk
                chunk = b""
            chunk += line
        if chunk:
            yield relative + b"\n" + chunk
    # The examples of the format's specification, one file per example.
    spec = (ROOT / "dict" / "FORMAT.md").read_text(encoding="utf-8")
    for block in spec.split("```")[1::2]:
        if block.lstrip().startswith(("actor", "person", "agent", "event", "cue", "time")):
            yield b"ar/spec.txt\n" + block.lstrip("\n").encode()


SEEDS = {
    "document_reader": reader_seeds,
    "text": text_seeds,
    "coder": coder_seeds,
    "dictionary": dictionary_seeds,
}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in SEEDS:
        sys.exit("usage: seeds.py {%s} DIR" % "|".join(SEEDS))
    out = pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for seed in SEEDS[sys.argv[1]]():
        name = "seed-" + hashlib.sha1(seed).hexdigest()
        if not (out / name).exists():
            (out / name).write_bytes(seed)
        count += 1
    if count == 0:
        sys.exit("seeds.py: no seeds found (is ../shared there?)")


if __name__ == "__main__":
    main()
