package dev.crosscheck.claim;

/** Whether a cue affirms what it reports ("confirmed") or withholds or denies it ("declined to confirm"). */
public enum Polarity {
  AFFIRMED,
  NEGATED
}
