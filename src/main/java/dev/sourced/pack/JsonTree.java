package dev.sourced.pack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A JSON document read into nodes that remember their line and column, so that every problem
 * in a pack can point at its place. Jackson's databind tree forgets positions.
 */
final class JsonTree {

  static final int MAX_DEPTH = 32;
  static final int MAX_STRING = 100_000;

  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_DEPTH)
      .maxStringLength(MAX_STRING)
      .maxNumberLength(20)
      .maxNameLength(1_000)
      .build();

  private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(LIMITS).build();

  /** YAML is read into the same tree, for hand-edited packs; its aliases and size are bounded too. */
  private static JsonFactory yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit((int) PackLoader.MAX_BYTES);
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(MAX_DEPTH);
    return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(LIMITS).build();
  }

  private JsonTree() {}

  sealed interface Node permits Obj, Arr, Value {
    int line();

    int column();

    default String kind() {
      if (this instanceof Obj) {
        return "an object";
      }
      if (this instanceof Arr) {
        return "a list";
      }
      Object v = ((Value) this).value();
      if (v == null) {
        return "null";
      }
      if (v instanceof String) {
        return "a string";
      }
      if (v instanceof Boolean) {
        return "true/false";
      }
      return "a number";
    }
  }

  record Field(String name, int line, int column, Node value) {}

  record Obj(Map<String, Field> fields, int line, int column) implements Node {}

  record Arr(List<Node> items, int line, int column) implements Node {}

  record Value(Object value, int line, int column) implements Node {}

  /** A document that could not be read as JSON, with where the reader stopped. */
  static final class SyntaxError extends Exception {
    final int line;
    final int column;

    SyntaxError(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  static Node read(String text) throws IOException, SyntaxError {
    return read(text, false);
  }

  /** Columns count characters, not bytes, because the parser reads decoded text. */
  static Node read(String text, boolean isYaml) throws IOException, SyntaxError {
    JsonParser p = null;
    try {
      p = (isYaml ? yaml() : JSON).createParser(text);
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new SyntaxError("the file is empty", 1, 1);
      }
      Node root = readValue(p, t);
      JsonToken after = p.nextToken();
      if (after != null) {
        JsonLocation at = p.currentTokenLocation();
        throw new SyntaxError("unexpected content after the end of the pack", at.getLineNr(), at.getColumnNr());
      }
      return root;
    } catch (StreamConstraintsException e) {
      JsonLocation at = e.getLocation() != null || p == null ? e.getLocation() : p.currentTokenLocation();
      throw new SyntaxError(limitMessage(e), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      // The YAML reader reports its own limits (aliases, nesting, size) this way.
      JsonLocation at = e.getLocation();
      String message = plain(e.getOriginalMessage());
      int line = at == null ? 0 : at.getLineNr();
      int column = at == null ? 0 : at.getColumnNr();
      if (!isYaml && message.startsWith("a comma before") && at.getCharOffset() >= 0) {
        // Point at the comma to remove, which may be lines before the bracket the parser stopped at.
        int i = (int) Math.min(at.getCharOffset(), text.length()) - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
          i--;
        }
        if (i >= 0 && text.charAt(i) == ',') {
          line = 1 + (int) text.substring(0, i).chars().filter(ch -> ch == '\n').count();
          column = i - text.lastIndexOf('\n', i - 1);
        }
      }
      throw new SyntaxError((isYaml ? "not valid YAML: " : "not valid JSON: ") + message, line, column);
    } finally {
      if (p != null) {
        p.close();
      }
    }
  }

  /** Jackson's message without its source dump, and in words for the commonest cases. */
  static String plain(String message) {
    String m = message.split("\n")[0];
    // SnakeYAML says where it was ("while scanning a quoted scalar") on one line, and what it found on the next.
    String[] lines = message.split("\n");
    if (m.startsWith("while ")) {
      for (String l : lines) {
        if (l.startsWith("found ") || l.startsWith("expected ")) {
          m = m + ": " + l.strip();
          break;
        }
      }
    }
    int marker = m.indexOf(" (start marker at");
    if (marker >= 0) {
      m = m.substring(0, marker);
    }
    if (m.startsWith("Unexpected end-of-input: expected close marker for Object")) {
      return "the file ends before an object { ... } is closed; is it cut short, or is a } missing?";
    }
    if (m.startsWith("Unexpected end-of-input: expected close marker for Array")) {
      return "the file ends before a list [ ... ] is closed; is it cut short, or is a ] missing?";
    }
    if (m.startsWith("Unexpected end-of-input")) {
      return "the file ends in the middle of a value; is it cut short?";
    }
    if (m.startsWith("Expected a field name (Scalar value in YAML)")) {
      return "a field name is plain text; a list, an object or a \"? \" key cannot be one";
    }
    Matcher escape = ESCAPE.matcher(m);
    if (escape.lookingAt()) {
      return "\\" + new String(Character.toChars(Integer.parseInt(escape.group(1))))
          + " is not an escape JSON knows; a backslash is written \\\\, and the escapes are \\n \\t \\\" \\\\ \\uXXXX";
    }
    Matcher close = CLOSE.matcher(m);
    if (close.lookingAt()) {
      String open = close.group(3).equals("Object") ? "the object { ... }" : "the list [ ... ]";
      return "'" + close.group(1) + "' closes something that is not open: " + open + " begun at line "
          + close.group(4) + ", column " + close.group(5) + " is still open; is a '" + close.group(2) + "' missing?";
    }
    Matcher num = IN_NUMBER.matcher(m);
    if (num.find()) {
      return "a number is written wrongly (" + character(Integer.parseInt(num.group(1)))
          + " where a digit belongs); write numbers such as 1, -2 or 0.5";
    }
    Matcher c = UNEXPECTED.matcher(m);
    if (c.lookingAt()) {
      int code = Integer.parseInt(c.group(1));
      String what = m.substring(c.end());
      if (code == '}' && what.startsWith("was expecting double-quote to start field name")) {
        return "a comma before '}'; JSON allows no comma after the last field of an object, so remove it";
      }
      if (code == ']' && what.startsWith("expected a valid value")) {
        return "a comma before ']'; JSON allows no comma after the last item of a list, so remove it";
      }
      String ch = character(code);
      if (what.startsWith("was expecting double-quote to start field name")) {
        return "a field name is written in double quotes, like \"id\", but here is " + ch;
      }
      if (what.startsWith("was expecting comma to separate Object entries")) {
        return "a comma is missing between two fields (found " + ch + " where a comma belongs)";
      }
      if (what.startsWith("was expecting comma to separate Array entries")) {
        return "a comma is missing between two items of a list (found " + ch + " where a comma belongs)";
      }
      if (what.startsWith("was expecting a colon")) {
        return "a colon is missing after a field name (found " + ch + " where ':' belongs)";
      }
      if (what.startsWith("expected a valid value") || what.startsWith("expected a value")) {
        return ch + " cannot start a value; a value is a text in double quotes, a number, true, false, null,"
            + " a list [ ... ] or an object { ... }";
      }
      return "unexpected " + ch + ": " + named(what);
    }
    Matcher t = UNRECOGNIZED.matcher(m);
    if (t.lookingAt()) {
      String token = t.group(1).length() > 30 ? t.group(1).substring(0, 30) + "\u2026" : t.group(1);
      return token + " is not a JSON value; a text goes in double quotes, like \"" + token + "\"";
    }
    if (m.startsWith("Invalid numeric value: Leading zeroes not allowed")) {
      return "a number cannot start with 0; write 1, not 01";
    }
    Matcher between = BETWEEN.matcher(m);
    if (between.lookingAt()) {
      return "the control character " + character(Integer.parseInt(between.group(1)))
          + " stands between values, where only spaces and line breaks may; remove it";
    }
    Matcher u = CONTROL.matcher(m);
    if (u.lookingAt()) {
      return "a text or field name holds the control character " + character(Integer.parseInt(u.group(1)))
          + ", such as a line break or tab typed inside quotes; write it as \\n or \\t, or remove it";
    }
    return named(m);
  }

  /** Any other message with Jackson's character notation, "('x' (code 120))", in ours. */
  private static String named(String m) {
    for (Pattern p : List.of(CODE, CTRL_CODE, BARE_CODE)) {
      Matcher c = p.matcher(m);
      StringBuilder b = new StringBuilder();
      while (c.find()) {
        c.appendReplacement(b, Matcher.quoteReplacement(character(Integer.parseInt(c.group(1)))));
      }
      c.appendTail(b);
      m = b.toString();
    }
    return SOURCE.matcher(m).replaceAll("");
  }

  private static final Pattern CODE = Pattern.compile("\\('.{1,2}' \\(code (\\d+)[^)]*\\)\\)", Pattern.DOTALL);
  private static final Pattern BARE_CODE = Pattern.compile("'.{1,2}' \\(code (\\d+)[^)]*\\)", Pattern.DOTALL);
  private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '.{1,2}' \\(code (\\d+)",
      Pattern.DOTALL);
  private static final Pattern CTRL_CODE = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
  private static final Pattern SOURCE = Pattern.compile(" ?\\[Source: [^\\]]*\\]");
  private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': expected '(.)'"
      + " \\(for (Object|Array) starting at \\[.*?line: (\\d+), column: (\\d+)\\]\\)");
  private static final Pattern IN_NUMBER = Pattern.compile(
      "^Unexpected character \\(.*?\\(code (\\d+)[^)]*\\)\\) in numeric value", Pattern.DOTALL);
  private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\(.*?\\(code (\\d+)[^)]*\\)\\): ", Pattern.DOTALL);
  private static final Pattern BETWEEN = Pattern.compile("Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
  private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '(.*?)': was expecting");
  private static final Pattern CONTROL = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");

  /** A character named so that it cannot act on the terminal: 'x', or U+001B for what is unseen. */
  private static String character(int code) {
    if (code == '\'') {
      return "\"'\"";
    }
    boolean visible = Character.isValidCodePoint(code) && !Character.isWhitespace(code) && !Texts.isUnsafe(code);
    return visible ? "'" + new String(Character.toChars(code)) + "'"
        : String.format(java.util.Locale.ROOT, "U+%04X", code);
  }

  private static String limitMessage(StreamConstraintsException e) {
    String m = e.getOriginalMessage();
    if (m.contains("nesting depth")) {
      return "the JSON is nested deeper than " + MAX_DEPTH + " levels; a pack never needs that";
    }
    if (m.contains("String value length")) {
      return "a text is longer than " + MAX_STRING + " characters; shorten it";
    }
    return "the file is over a size limit: " + m;
  }

  private static Node readValue(JsonParser p, JsonToken t) throws IOException, SyntaxError {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int col = at.getColumnNr();
    switch (t) {
      case START_OBJECT: {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          JsonLocation nameAt = p.currentTokenLocation();
          String name = p.currentName();
          Node value = readValue(p, p.nextToken());
          if (fields.containsKey(name)) {
            throw new SyntaxError("the field \"" + name + "\" appears twice in one object; keep one",
                nameAt.getLineNr(), nameAt.getColumnNr());
          }
          fields.put(name, new Field(name, nameAt.getLineNr(), nameAt.getColumnNr(), value));
        }
        return new Obj(fields, line, col);
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
          items.add(readValue(p, i));
        }
        return new Arr(items, line, col);
      }
      case VALUE_STRING:
        return new Value(p.getText(), line, col);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Value(p.getNumberValue(), line, col);
      case VALUE_TRUE:
        return new Value(Boolean.TRUE, line, col);
      case VALUE_FALSE:
        return new Value(Boolean.FALSE, line, col);
      case VALUE_NULL:
        return new Value(null, line, col);
      case VALUE_EMBEDDED_OBJECT:
        throw new SyntaxError("a YAML value of a kind a pack cannot hold (such as !!binary); write it as text",
            line, col);
      default:
        throw new SyntaxError("unexpected " + t, line, col);
    }
  }
}
