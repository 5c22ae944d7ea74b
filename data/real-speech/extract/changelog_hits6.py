"""Sixth pass (chunk 17): candidates for the labels still thin after chunk 16 — interviewer hypothetical
questions (conditionals, "would you", "imagine", "what if", "would you pay") and interviewee vague
quantities ("a lot", "a bunch", "tons of", "most of the time") and alternative mentions (workarounds,
"we just use X", "we built our own") — plus some follow-up questions, complaints and emotion, from
Changelog episodes no earlier chunk used. The fourth pass's sampler (≤ 3 hits per episode, one per cue
family), with the neighbouring turn kept for about half the hits so positives are not guaranteed. Cue
phrases choose what to sample, never labels; ids end in -s<n>.
"""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from changelog_hits4 import EXTRA, sample

HYPO = (r"(\bwould you (ever |still |rather |actually )?(use|pay|buy|want|switch|try|recommend|consider|do|go|change|build|choose|pick|start|keep|be)\b"
        r"|\bif you (could|had|were|got|did|started|woke|ran|went|wanted)\b|\bif (we|there|it|this|that|i) (had|could|were|was|did|went)\b"
        r"|\bimagine\b|\bwhat if\b|\bsuppose\b|\bhypothetical\w*\b|\blet'?s say\b|\bpretend\b|\bmagic wand\b|\bin a world where\b"
        r"|\bhow much would\b|\bwhat would (you|it|that|happen)\b|\bwould (it|that|this) (be|help|change|work)\b).*\?")
VAGUE = (r"\b(a lot|lots of|a bunch|a ton|tons of|a whole bunch|plenty of|quite a (few|bit|lot)|a few|a handful|a couple of"
         r"|most of the time|pretty often|all the time|every so often|sometimes|a little bit|way (more|less|faster|better)"
         r"|so much (more|faster|better|easier|time)|a huge (amount|number|chunk)|countless|a good chunk|the majority)\b")
ALT = (r"\bwe (just |basically |actually )?(use|used|switched to|moved to|went with|ended up (using|with|building)|rely on)\b"
       r"|\bi (just |usually |would |'d )?(go to|google|use|used|switched to|moved to|ended up)\b.*\b(instead|google|stack overflow|spreadsheet|script|excel|notion|slack|github|vim|emacs)\b"
       r"|\b(we|i) (built|wrote|rolled|made) (our|my) own\b|\broll(ed|ing)? (our|my|your) own\b|\bhome[- ]?grown\b|\bin[- ]house\b"
       r"|\bwork ?around\b|\binstead,? (we|i)\b|\bhacked together\b|\bduct[- ]tape\b|\bspreadsheets?\b|\bshell scripts?\b|\bcompetitors?\b|\balternatives?\b")
FOLLOW = (r"(\byou (mentioned|said|talked about)\b|\btell me more\b|\bwhat do you mean\b|\bcan you (expand|elaborate|unpack|give (me|us) an example)\b"
          r"|\bgo back to\b|\bearlier you\b|\bsay more\b|\bwhy (is|was) that\b|\bhow so\b|\bwhat happened (next|then|after)\b|\bwhat was that like\b).*\?")
COMPLAINT = (r"\b(the problem (is|was|with)|(a|such a|real) pain|painful|annoying|sucks|sucked|drives me (crazy|nuts)|the worst"
             r"|hard to (use|find|read|debug|understand)|broken|frustrating|a mess|clunky|i hate)\b")
CUES = {'alternative_mention': ('interviewee', ALT),
        'vague_quantity': ('interviewee', VAGUE),
        'hypothetical_question': ('interviewer', HYPO),
        'follow_up': ('interviewer', FOLLOW),
        'complaint': ('interviewee', COMPLAINT),
        'emotion': EXTRA['emotion']}
TARGET = {'alternative_mention': 42, 'vague_quantity': 42, 'hypothetical_question': 55, 'follow_up': 16,
          'complaint': 13, 'emotion': 13}

if __name__ == '__main__':
    sample(CUES, TARGET, 1717, 'changelog_hits6', 's', show_cap=8, neighbour_share=0.5)
