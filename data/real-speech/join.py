#!/usr/bin/env python3
"""Join the items with two blind labelling passes: agreed labels, contested ones, Cohen's kappa per label."""
import json, sys, glob, os, collections

INTERVIEWER = ["open_question","follow_up","closed_question","leading_question","hypothetical_question",
               "generic_question","multi_part_question","pitch"]
TAGS = ["goal_statement","consent_request","before_context","discovery","skepticism","aha_moment",
        "results_metrics","surprise","advice","alternatives","challenges","wrap_up","next_step"]
INTERVIEWEE = ["vague_quantity","quantified","generalization","vague_praise","complaint","emotion",
               "feature_request","alternative_mention","story","commitment","short_answer"]

def load(path):
    return [json.loads(l) for l in open(path) if l.strip()]

def kappa(pairs):
    n = len(pairs)
    if n == 0: return None
    a = sum(1 for x, y in pairs if x == y) / n
    p1 = sum(x for x, _ in pairs) / n; p2 = sum(y for _, y in pairs) / n
    pe = p1 * p2 + (1 - p1) * (1 - p2)
    return 1.0 if pe == 1 else (a - pe) / (1 - pe)

def main(chunks, pa, pb, out, table):
    items, missing = [], 0
    for f in sorted(glob.glob(os.path.join(chunks, "[0-9][0-9].jsonl"))):
        name = os.path.basename(f)
        fa, fb = os.path.join(pa, name), os.path.join(pb, name)
        if not (os.path.exists(fa) and os.path.exists(fb)):
            print(f"skip {name}: a pass is missing", file=sys.stderr); continue
        A = {d["id"]: d for d in load(fa)}; B = {d["id"]: d for d in load(fb)}
        for it in load(f):
            if it["id"] not in A or it["id"] not in B: missing += 1; continue
            allowed = set(INTERVIEWER + TAGS) if it["role"] == "interviewer" else set(INTERVIEWEE)
            la = set(A[it["id"]].get("labels", []) + A[it["id"]].get("tags", [])) & allowed
            lb = set(B[it["id"]].get("labels", []) + B[it["id"]].get("tags", [])) & allowed
            it["labels"] = sorted(l for l in la & lb if l not in TAGS)
            it["tags"] = sorted(l for l in la & lb if l in TAGS)
            it["contested"] = sorted(la ^ lb)
            it["_a"], it["_b"] = la, lb
            items.append(it)
    rows = []
    for role, names in (("interviewer", INTERVIEWER + TAGS), ("interviewee", INTERVIEWEE)):
        sub = [i for i in items if i["role"] == role]
        for l in names:
            pairs = [(l in i["_a"], l in i["_b"]) for i in sub]
            both = sum(1 for x, y in pairs if x and y); one = sum(1 for x, y in pairs if x != y)
            k = kappa(pairs)
            rows.append((role, l, both, one, k))
    with open(out, "w") as o:
        for i in items:
            i.pop("_a"); i.pop("_b")
            o.write(json.dumps(i, ensure_ascii=False) + "\n")
    with open(table, "w") as t:
        roles = collections.Counter(i["role"] for i in items)
        t.write(f"{len(items)} items ({roles['interviewer']} interviewer, {roles['interviewee']} interviewee); "
                f"{missing} dropped for a missing pass.\n\n")
        t.write("| role | label or tag | agreed positives | contested | Cohen's kappa |\n|---|---|---:|---:|---:|\n")
        for role, l, both, one, k in rows:
            t.write(f"| {role} | `{l}` | {both} | {one} | {'n/a' if k is None else f'{k:.2f}'} |\n")
    print(open(table).read())

if __name__ == "__main__":
    main(*sys.argv[1:6])
