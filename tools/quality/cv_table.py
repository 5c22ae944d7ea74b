#!/usr/bin/env python3
"""Prints a cross-validation report (docs/quality/cv-*.json, written by
`interviewbot eval --utterances F --folds source --report R`) as the markdown table docs/coaching-quality.md carries,
so the doc's figures are exactly the report's. Usage: tools/quality/cv_table.py [--confusions] docs/quality/cv-real-speech.json"""
import json
import sys


def pr(c):
    return f"{c['precision']:.2f} / {c['recall']:.2f}"


def main(path):
    report = json.load(open(path))
    print("| label | support | rules P / R | model P / R | hybrid P / R | **shipped** P / R | modes chosen (per fold) | worst source (shipped P / R, support) |")
    print("| --- | ---: | --- | --- | --- | --- | --- | --- |")
    for l in report["labels"]:
        modes = ", ".join(f"{m}×{n}" for m, n in l["modes_chosen"].items())
        w = l.get("worst_source")
        worst = f"{w['source']} ({w['precision']:.2f} / {w['recall']:.2f}, {w['tp'] + w['fn']})" if w else "-"
        print(f"| `{l['label']}` | {l['support']} | {pr(l['rules'])} | {pr(l['model'])} | {pr(l['hybrid'])} | **{pr(l['chosen'])}** | {modes} | {worst} |")


def confusions(path):
    report = json.load(open(path))
    print("| label | shipped P / R | false positives | misses | most frequent confusions |")
    print("| --- | --- | ---: | ---: | --- |")
    for l in report["labels"]:
        top = sorted(l.get("confused_with", {}).items(), key=lambda kv: (-kv[1], kv[0]))[:4]
        print(f"| `{l['label']}` | {pr(l['chosen'])} | {l['chosen']['fp']} | {l['chosen']['fn']} | " + ", ".join(f"{k} ×{v}" for k, v in top) + " |")


if __name__ == "__main__":
    confusions(sys.argv[2]) if sys.argv[1] == "--confusions" else main(sys.argv[1])
