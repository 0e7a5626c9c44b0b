package dev.crosscheck.cli;

/** Exit codes scripts rely on (see the spec). */
final class ExitCodes {
  static final int OK = 0;
  static final int BAD_INPUT = 1;
  static final int USAGE = 2;

  private ExitCodes() {}
}
