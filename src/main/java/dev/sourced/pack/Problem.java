package dev.sourced.pack;

/**
 * One thing wrong with a pack: where (file, line, column, JSON path) and what to do about it.
 * line and column are 0 when the problem has no position (an unreadable file).
 */
public record Problem(Severity severity, String file, int line, int column, String path, String message) {

  public enum Severity {
    ERROR, WARNING;

    public String label() {
      return this == ERROR ? "error" : "warning";
    }
  }

  public static Problem error(String file, int line, int column, String path, String message) {
    return new Problem(Severity.ERROR, file, line, column, path, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** "questions[3].answer: ... (line 41, col 17)", for a list that already names the file. */
  public String describe() {
    String where = line > 0 ? " (line " + line + ", col " + column + ")" : "";
    String what = path.isEmpty() ? message : path + ": " + message;
    return what + where;
  }

  /** "file:line:col: error: path: message", the form editors and compilers use. */
  public String format() {
    String pos = line > 0 ? file + ":" + line + ":" + column : file;
    String what = path.isEmpty() ? message : path + ": " + message;
    return pos + ": " + severity.label() + ": " + what;
  }
}
