#!/usr/bin/env python3
"""Writes a corpus of generated articles, made from the shipped one, for measuring search at scale.

Each article takes a seeded random subset of the shipped article's sections and paragraphs, in a shuffled
order, and replaces a share of its words with words drawn from its own text (so by frequency): term
frequencies stay realistic, and a name is found only in the articles whose paragraphs mention it. The Arabic
and English files of an article keep the same sections and paragraph counts, as the importer requires.

Only Random.random() is used, never randrange/shuffle/sample: it is the one part of the module Python
promises to keep stable across versions, so the same seed gives the same corpus on every machine.
"""

import argparse
import os
import random
import re
import sys

SHIPPED_SLUG = "kazakhstan-eurasian-line"
LANGUAGES = ("ar", "en")
HEADING = re.compile(r"^## (?P<title>.*?) \{#(?P<id>[a-z][a-z0-9-]*)\}$")
FOOTNOTE_DEFINITION = re.compile(r"^\[\^(?P<label>[^\]]+)\]:")
FOOTNOTE_REFERENCE = re.compile(r"\[\^([^\]]+)\]")
# Letters only: digits and markdown punctuation are never replaced (footnote markers are kept whole by vary).
WORD = re.compile(r"[^\W\d_]+")


def parse(path):
    """Front matter lines, [(id, title, [paragraph])] and {label: definition block} of one markdown file."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("---\n"):
        sys.exit(f"{path}: no front matter")
    end = text.index("\n---\n", 4)
    front_matter = text[4:end].split("\n")
    sections, notes = [], {}
    for block in (b.strip("\n") for b in text[end + 5:].split("\n\n")):
        if not block.strip():
            continue
        heading = HEADING.match(block)
        definition = FOOTNOTE_DEFINITION.match(block)
        if heading:
            sections.append((heading["id"], heading["title"], []))
        elif definition:
            notes[definition["label"]] = block
        elif sections:
            sections[-1][2].append(block)
        else:
            sys.exit(f"{path}: text before the first section")
    return front_matter, sections, notes


class Rng:
    def __init__(self, seed):
        self._random = random.Random(seed)

    def below(self, n):
        return min(int(self._random.random() * n), n - 1)

    def chance(self, p):
        return self._random.random() < p

    def shuffled(self, items):
        items = list(items)
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]
        return items

    def subset(self, items, keep):
        """A non-empty subset in the original order, each item kept with probability keep."""
        chosen = [item for item in items if self.chance(keep)]
        return chosen or [items[self.below(len(items))]]


def vary(text, rng, vocabulary, rate):
    # A footnote marker's label may be a word ([^csto]): it is kept whole, so the note still has its reference.
    parts = FOOTNOTE_REFERENCE.split(text)
    return "".join(
        f"[^{part}]" if i % 2 else WORD.sub(lambda m: vocabulary[rng.below(len(vocabulary))] if rng.chance(rate) else m.group(0), part)
        for i, part in enumerate(parts))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", help="where to write articles/<slug>/{ar,en}.md (the app's Reader__ContentPath)")
    parser.add_argument("count", nargs="?", type=int, default=1000, help="how many articles (default 1000)")
    parser.add_argument("--seed", type=int, default=20261125, help="the same seed gives the same corpus")
    parser.add_argument("--replace", type=float, default=0.15, help="share of words replaced (default 0.15)")
    parser.add_argument("--source", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "content"),
                        help="the content folder holding the shipped article")
    args = parser.parse_args()
    if args.count < 1:
        sys.exit("count must be 1 or more")

    shipped = {lang: parse(os.path.join(args.source, "articles", SHIPPED_SLUG, f"{lang}.md")) for lang in LANGUAGES}
    ar_sections, en_sections = shipped["ar"][1], shipped["en"][1]
    if [(s[0], len(s[2])) for s in ar_sections] != [(s[0], len(s[2])) for s in en_sections]:
        sys.exit("the shipped editions do not have the same sections and paragraph counts")
    articles_root = os.path.join(args.folder, "articles")
    os.makedirs(articles_root, exist_ok=True)
    width = max(4, len(str(args.count)))
    for number in range(1, args.count + 1):
        # One stream per article, so article n is the same whatever the count.
        rng = Rng(args.seed * 1_000_003 + number)
        slug = f"generated-{number:0{width}d}"
        # Whole sections are dropped and shuffled; within a kept section, paragraphs are a subset in order.
        sections = rng.shuffled(rng.subset(list(range(len(ar_sections))), 0.6))
        paragraphs = {s: rng.subset(list(range(len(ar_sections[s][2]))), 0.5) for s in sections}
        folder = os.path.join(articles_root, slug)
        os.makedirs(folder, exist_ok=True)
        for lang in LANGUAGES:
            front_matter, source_sections, notes = shipped[lang]
            # The article's own words, by frequency: replacing never brings in a word the article does not have.
            kept = [source_sections[s][1] for s in sections] + [source_sections[s][2][p] for s in sections for p in paragraphs[s]]
            vocabulary = [w for block in kept for w in WORD.findall(FOOTNOTE_REFERENCE.sub(" ", block))]
            lines = ["---"]
            for line in front_matter:
                key, _, value = line.partition(":")
                if key == "slug":
                    line = f"slug: {slug}"
                elif key == "title":
                    line = f"title: {vary(value.strip(), rng, vocabulary, args.replace)} ({number})"
                lines.append(line)
            lines += ["---", ""]
            referenced = []
            for s in sections:
                section_id, title, blocks = source_sections[s]
                lines += [f"## {vary(title, rng, vocabulary, args.replace)} {{#{section_id}}}", ""]
                for p in paragraphs[s]:
                    text = vary(blocks[p], rng, vocabulary, args.replace)
                    referenced += [label for label in FOOTNOTE_REFERENCE.findall(text) if label not in referenced]
                    lines += [text, ""]
            # Only the notes still referenced: a definition without a reference would be an orphan.
            for label in referenced:
                lines += [notes[label], ""]
            with open(os.path.join(folder, f"{lang}.md"), "w", encoding="utf-8", newline="\n") as f:
                f.write("\n".join(lines).rstrip("\n") + "\n")
    print(f"{args.count} articles in {articles_root}")


if __name__ == "__main__":
    main()
