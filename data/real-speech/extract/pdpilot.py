"""PDPilot user study (DanielKerrigan/PDPilotUserStudy, BSD-3-Clause): results/transcripts/P1-P7.pdf.

Text via `pdftotext -layout`; numbered lines "N  Speaker: text" start a turn, indented lines continue it.
Dan = interviewer, Participant = interviewee. All turns of the interview section are taken.
"""
import re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import make_items, select_turns, write_jsonl

RAW = '/work/corpus/raw/pdpilot'
SRC = 'github.com/DanielKerrigan/PDPilotUserStudy/results/transcripts/{f} (BSD-3-Clause)'


def parse(path):
    turns = []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n').replace('\f', '')
        if re.match(r'^\s*\d+/\d+\s*$', line) or re.match(r'^\d+\s*$', line) or line.strip() == 'Interview':
            continue
        m = re.match(r'^\s*(?:\d+\s+)?(Dan|Participant|Particpant):\s*(.*)$', line)
        if m:
            role = 'interviewer' if m.group(1) == 'Dan' else 'interviewee'
            turns.append({'speaker': m.group(1), 'role': role, 'text': m.group(2).strip()})
        elif line.strip() and turns:
            turns[-1]['text'] += ' ' + line.strip()
    return turns


def main():
    items = []
    for i in range(1, 8):
        f = f'P{i}.pdf'
        turns = parse(os.path.join(RAW, f'P{i}.txt'))
        keep = select_turns(turns, runs=((0.1, 14), (0.55, 12)), max_hits=12)
        its, _ = make_items(turns, keep, 'pdpilot', SRC.format(f=f), f'rs-pdpilot-p{i}')
        items += its
    write_jsonl('/work/corpus/pool/pdpilot.jsonl', items)
    print('pdpilot', len(items))


if __name__ == '__main__':
    main()
