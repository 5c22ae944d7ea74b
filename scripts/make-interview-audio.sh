#!/usr/bin/env bash
# Turns a two-speaker interview script into a stereo WAV (one voice per channel) and a WebVTT transcript
# of the exact turn boundaries, so audio tests compare what voice activity finds with what was made.
#
#   scripts/make-interview-audio.sh SCRIPT OUT.wav [--noise-db DB] [--right-gain DB]
#
# SCRIPT has one turn per line, "Name: text", optionally prefixed by the gap after the previous turn's
# end in seconds ("[+1.2] Name: text"; default 0.8). A negative gap ("[-1.5] Sam: …") starts the turn
# that long before the previous one ends: an overlap, which must be on the other channel. Lines starting
# with # are comments. The first speaker is the left channel (espeak-ng en-us), the second the right
# (en-us+f3). --noise-db adds pink noise at that level (dBFS) to both channels; --right-gain changes the
# right channel's level (default -6 dB, so the two speakers are not equally loud).
# Writes OUT.wav (16 kHz, 16-bit, stereo) and OUT.vtt (Teams-style cues with <v Name>).
# Needs espeak-ng and sox (scripts/install.sh installs them). Deterministic: sox runs in repeatable mode.
set -euo pipefail

usage() { echo "usage: $0 SCRIPT OUT.wav [--noise-db DB] [--right-gain DB]" >&2; exit 2; }
[ $# -ge 2 ] || usage
script=$1; out=$2; shift 2
noise_db=""; right_gain=-6
while [ $# -gt 0 ]; do
  case $1 in
    --noise-db) noise_db=$2; shift 2 ;;
    --right-gain) right_gain=$2; shift 2 ;;
    *) usage ;;
  esac
done
[ -f "$script" ] || { echo "error: $script: no such file" >&2; exit 2; }
for tool in espeak-ng sox soxi; do
  command -v "$tool" >/dev/null || { echo "error: $tool is not installed (run scripts/install.sh)" >&2; exit 1; }
done

rate=16000
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
vtt="${out%.wav}.vtt"

# Known boundaries are kept in samples so that nothing drifts over a long interview.
declare -a names=() cursor=(0 0) parts_left=() parts_right=()
prev_end=0; turn=0
printf 'WEBVTT\n\n' >"$work/out.vtt"

stamp() { # samples -> HH:MM:SS.mmm
  awk -v s="$1" -v r=$rate 'BEGIN { ms = int(s * 1000 / r + 0.5); printf "%02d:%02d:%02d.%03d", int(ms/3600000), int(ms/60000)%60, int(ms/1000)%60, ms%1000 }'
}

lineno=0
while IFS= read -r line || [ -n "$line" ]; do
  lineno=$((lineno + 1))
  [[ -z "${line// }" || $line == \#* ]] && continue
  gap=0.8
  if [[ $line =~ ^\[([+-]?[0-9]+(\.[0-9]+)?)\][[:space:]]*(.*)$ ]]; then gap=${BASH_REMATCH[1]}; line=${BASH_REMATCH[3]}; fi
  [[ $line =~ ^([^:]+):[[:space:]]*(.+)$ ]] || { echo "error: $script:$lineno: expected 'Name: text'" >&2; exit 2; }
  name=${BASH_REMATCH[1]}; text=${BASH_REMATCH[2]}
  channel=-1
  for i in "${!names[@]}"; do [ "${names[$i]}" = "$name" ] && channel=$i; done
  if [ $channel -lt 0 ]; then
    [ ${#names[@]} -lt 2 ] || { echo "error: $script:$lineno: a third speaker ($name); the script has two" >&2; exit 2; }
    names+=("$name"); channel=$((${#names[@]} - 1))
  fi
  voice=en-us; [ $channel -eq 1 ] && voice=en-us+f3

  # Speech only: espeak's leading and trailing silence is trimmed so the turn starts and ends on voice.
  raw="$work/raw$turn.wav"; clip="$work/turn$turn.wav"
  espeak-ng -v "$voice" -s 165 -w "$raw" "$text"
  sox -R "$raw" -r $rate -c 1 -b 16 "$clip" silence 1 0.02 1% reverse silence 1 0.02 1% reverse
  length=$(soxi -s "$clip")
  start=$(awk -v e="$prev_end" -v g="$gap" -v r=$rate 'BEGIN { s = e + int(g * r); if (s < 0) s = 0; print s }')
  if [ "$start" -lt "${cursor[$channel]}" ]; then
    echo "error: $script:$lineno: $name would overlap their own previous turn" >&2; exit 2
  fi
  silence=$((start - ${cursor[$channel]}))
  if [ $silence -gt 0 ]; then
    sox -R -r $rate -c 1 -b 16 -n "$work/sil$turn.wav" trim 0 "${silence}s"
    if [ $channel -eq 0 ]; then parts_left+=("$work/sil$turn.wav"); else parts_right+=("$work/sil$turn.wav"); fi
  fi
  if [ $channel -eq 0 ]; then parts_left+=("$clip"); else parts_right+=("$clip"); fi
  end=$((start + length))
  cursor[$channel]=$end
  # A short overlap inside a longer turn does not move "the previous turn's end".
  [ $end -gt $prev_end ] && prev_end=$end
  printf '%s --> %s\n<v %s>%s</v>\n\n' "$(stamp $start)" "$(stamp $end)" "$name" "$text" >>"$work/out.vtt"
  turn=$((turn + 1))
done <"$script"

[ ${#names[@]} -eq 2 ] || { echo "error: $script: needs turns from two speakers" >&2; exit 2; }

# Both channels end together: the shorter one is padded with silence.
total=$(( cursor[0] > cursor[1] ? cursor[0] : cursor[1] ))
for c in 0 1; do
  pad=$((total - cursor[$c]))
  if [ $pad -gt 0 ]; then
    sox -R -r $rate -c 1 -b 16 -n "$work/tail$c.wav" trim 0 "${pad}s"
    if [ $c -eq 0 ]; then parts_left+=("$work/tail$c.wav"); else parts_right+=("$work/tail$c.wav"); fi
  fi
done
sox -R "${parts_left[@]}" "$work/left.wav"
sox -R "${parts_right[@]}" "$work/right.wav" vol "$right_gain" dB
sox -R -M "$work/left.wav" "$work/right.wav" "$work/clean.wav"

if [ -n "$noise_db" ]; then
  seconds=$(awk -v t=$total -v r=$rate 'BEGIN { printf "%.3f", t / r }')
  sox -R -r $rate -c 2 -b 16 -n "$work/noise.wav" synth "$seconds" pinknoise vol "$noise_db" dB
  sox -R -m -v 1 "$work/clean.wav" -v 1 "$work/noise.wav" "$out"
else
  cp "$work/clean.wav" "$out"
fi
cp "$work/out.vtt" "$vtt"
echo "wrote $out and $vtt: ${names[0]} (left), ${names[1]} (right), $turn turns, $(stamp $total)"
