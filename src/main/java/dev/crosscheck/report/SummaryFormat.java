package dev.crosscheck.report;

/** What {@code crosscheck report} prints on stdout: {@code --format text|json|md}. */
public enum SummaryFormat {
  /** For people at a terminal; coloured only when stdout is one. */
  TEXT,
  /** One JSON object, for scripts. */
  JSON,
  /** Markdown, for pasting into an issue or a pull request. */
  MD
}
