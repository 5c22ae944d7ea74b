"""Fifth pass (chunk 16): interviewer pitch candidates — hosts selling (sponsor reads, their own shows,
membership, products), explaining what they built or defending it — plus hypothetical, generic and
multi-part questions and interviewee emotion, from Changelog episodes no earlier pool used. Same sampler
as the fourth pass (each hit keeps its neighbouring turn); cue phrases choose what to sample, never
labels; ids end in -r<n>.
"""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from changelog_hits4 import EXTRA, sample

PITCH = (r"\bbrought to you by\b|\bour (friends|partners|sponsors?) (at|over at)\b|\b(head|go) (on )?(over )?to \S+\.(com|io|fm|dev|sh)\b"
         r"|\bcheck (it|them) out\b|\bsubscribe\b|\bchangelog ?(\+\+|plus plus)\b|\bsign up\b|\bfree (trial|tier|for)\b"
         r"|\bwe (have|got|run|do) (a|an|our) (show|newsletter|community|slack|podcast|conference|membership|event|live)\b"
         r"|\bwe('re| are) (launching|building|shipping|hiring|adding|working on|rolling out|trying to build)\b"
         r"|\b(our|my) (company|product|startup|customers|platform|app|service|tool|team built)\b"
         r"|\bwhat we do (at|is)\b|\bwe (built|made|designed|launched|shipped|wrote) (it|this|that|a|an|our)\b"
         r"|\bactually (we|our|it) (already|do|does|have|can)\b|\bthe reason (we|our)\b")
CUES = {'pitch': ('interviewer', PITCH),
        'hypothetical_question': EXTRA['hypothetical_question'],
        'generic_question': EXTRA['generic_question'],
        'multi_part_question': EXTRA['multi_part_question'],
        'emotion': EXTRA['emotion']}
TARGET = {'pitch': 95, 'hypothetical_question': 30, 'generic_question': 15, 'multi_part_question': 15, 'emotion': 20}

if __name__ == '__main__':
    sample(CUES, TARGET, 1616, 'changelog_hits5', 'r', show_cap=12)
