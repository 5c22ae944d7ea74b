"""Broad cue counts for a VA usability chunk (default chunk 15): moderators there predict/judge and explain
the prototype in words the strict Changelog cue list misses ("what would you expect to happen", "there are
two prototypes that we're working on"). Candidates only, not labels. Usage: python3 va_cues.py [NN]"""
import json, re, sys
n = sys.argv[1] if len(sys.argv) > 1 else '15'
it = [json.loads(l) for l in open(f'/work/corpus/chunks/{n}.jsonl')]
B = {'hypothetical_question': ('interviewer', r"\bwould you\b|\bwhat would you (do|expect)|\bwhat do you expect|\bexpect(ing)? to happen|\bimagine|\benvision|\bif (this|you) (was|were)|easier to use"),
     'pitch': ('interviewer', r"\bprototype|\bwe('re| are) working on|\bwe (changed|put|have put)|\bone concern we had|\bwe('re| are) (a little bit )?worried|\bthis (is|screen) (going to|gonna) show|\bthe (big )?differences?\b"),
     'generic_question': ('interviewer', r"\busually|\bin general|\btypically|\bnormally"),
     'multi_part_question': ('interviewer', r"\?[^?]{3,}\?"),
     'emotion': ('interviewee', r"\b(confus\w*|irritat\w*|upset\w*|crazy|worr\w*|frustrat\w*|comfort\w*|love|hate|sorry|wow)\b"),
     'vague_quantity': ('interviewee', r"\b(a lot|much better|too many|a little bit|way (more|better))\b")}
for k, (r, p) in B.items():
    rx = re.compile(p, re.I)
    print(f'| {k} | {sum(1 for i in it if i["role"] == r and rx.search(i["text"]))} |')
