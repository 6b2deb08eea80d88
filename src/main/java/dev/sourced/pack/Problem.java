package dev.sourced.pack;

/**
 * One thing wrong with a pack: where (file, line, column, JSON path) and what to do about it.
 * line and column are 0 when the problem has no position (an unreadable file).
 */
public record Problem(Severity severity, String file, int line, int column, String path, String message) {

  /** Messages quote field names, ids and values from files: none may act on a terminal, wherever it is shown. */
  public Problem {
    file = Texts.safe(file);
    path = Texts.safe(path);
    message = Texts.safe(message);
  }

  public enum Severity {
    ERROR, WARNING;

    public String label() {
      return this == ERROR ? "error" : "warning";
    }
  }

  public static Problem error(String file, int line, int column, String path, String message) {
    return new Problem(Severity.ERROR, file, line, column, path, message);
  }

  /** A warning: the pack or import goes ahead, but something was changed or left out. */
  public static Problem warning(String file, int line, int column, String path, String message) {
    return new Problem(Severity.WARNING, file, line, column, path, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** "questions[3].answer: ... (line 41, col 17)", for a list that already names the file. */
  public String describe() {
    String where = line > 0 ? " (line " + line + (column > 0 ? ", col " + column : "") + ")" : "";
    String what = path.isEmpty() ? message : path + ": " + message;
    return what + where;
  }

  /** "file:line:col: error: path: message", the form editors and compilers use; ":col" only when known. */
  public String format() {
    String pos = line > 0 ? file + ":" + line + (column > 0 ? ":" + column : "") : file;
    String what = path.isEmpty() ? message : path + ": " + message;
    return pos + ": " + severity.label() + ": " + what;
  }
}
