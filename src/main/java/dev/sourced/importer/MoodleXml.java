package dev.sourced.importer;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Moodle XML (&lt;quiz&gt;&lt;question type="..."&gt;), the format Moodle banks are exported in:
 * multichoice with one fully right answer and truefalse are played; categories become tags;
 * general feedback and the right answer's feedback make the explanation. Read with the JDK's
 * StAX parser with DTDs and external entities off, so no entity is expanded and nothing is fetched.
 */
final class MoodleXml {
  static final String FORMAT_NAME = "Moodle XML file";

  /** An element as read: its name, attributes, own text (CDATA included), children and line. */
  record Node(String name, Map<String, String> attributes, String text, List<Node> children, int line) {
    Node child(String n) {
      for (Node c : children) {
        if (c.name.equals(n)) {
          return c;
        }
      }
      return null;
    }

    List<Node> all(String n) {
      return children.stream().filter(c -> c.name.equals(n)).toList();
    }

    /** The text of &lt;n&gt;&lt;text&gt;...&lt;/text&gt;&lt;/n&gt;, or "". */
    String textOf(String n) {
      Node c = child(n);
      Node t = c == null ? null : c.child("text");
      return t == null ? c == null ? "" : c.text : t.text;
    }

    String attribute(String n, String otherwise) {
      return attributes.getOrDefault(n, otherwise);
    }
  }

  private MoodleXml() {}

  /** Looks like Moodle XML: a &lt;quiz&gt; root with a &lt;question element near the start. */
  static boolean looksLike(String text) {
    String head = text.substring(0, Math.min(text.length(), 4096));
    return head.contains("<quiz") && head.contains("<question");
  }

  static Imported read(String file, String text, String language) throws ImportException {
    Notes notes = new Notes(file);
    Node quiz = parse(file, lenient(text, notes));
    if (!quiz.name.equals("quiz")) {
      throw new ImportException(file, quiz.line, "the XML starts with <" + quiz.name + ">, not <quiz>; "
          + (quiz.name.equals("question_categories") ? "this is a Moodle course backup's questions.xml; export the "
              + "questions from the question bank as Moodle XML instead" : "Moodle XML files start with <quiz>"));
    }
    PackBuilder out = new PackBuilder(notes, FORMAT_NAME, language);
    String category = null;
    for (Node q : quiz.all("question")) {
      String type = q.attribute("type", "").toLowerCase(Locale.ROOT);
      switch (type) {
        case "category":
          category = Gift.categoryTag(q.textOf("category"));
          break;
        case "multichoice":
          multichoice(q, category, out);
          break;
        case "truefalse":
          trueFalse(q, category, out);
          break;
        case "description":
          out.warn(q.line, "left out: a description is not a question");
          break;
        default:
          out.skip(q.line, "a " + (type.isEmpty() ? "question with no type" : "\"" + type + "\" question")
              + "; Sourced plays multichoice (one right answer) and truefalse");
      }
    }
    return out.build();
  }

  private static void multichoice(Node q, String category, PackBuilder out) throws ImportException {
    List<String> notes = new ArrayList<>();
    List<Node> answers = q.all("answer");
    List<String> choices = new ArrayList<>();
    int right = -1;
    int fullyRight = 0;
    Node rightNode = null;
    int wrongFeedback = 0;
    for (Node a : answers) {
      double fraction = fraction(a);
      String text = plain(a.textOf("text").isEmpty() ? a.text : a.textOf("text"), a.attribute("format", "html"),
          "choices", notes);
      if (fraction >= 100.0 - 1e-9) {
        fullyRight++;
        right = choices.size();
        rightNode = a;
      } else {
        if (fraction > 0) {
          notes.add("partial credit (" + trim(fraction) + "%) for \"" + Clean.text(text).text()
              + "\" is not carried over; it counts as wrong");
        }
        if (!feedback(a, notes).isBlank()) {
          wrongFeedback++;
        }
      }
      choices.add(text);
    }
    if (fullyRight != 1) {
      out.skip(q.line, fullyRight == 0 ? "no answer has fraction 100 (no single right answer)"
          : "a multiple-answer question (" + fullyRight + " answers fully right); Sourced plays one right answer");
      return;
    }
    if (wrongFeedback > 0) {
      notes.add("the feedback on " + wrongFeedback + " wrong choice" + (wrongFeedback == 1 ? "" : "s")
          + " is not carried over; Sourced shows one explanation");
    }
    Draft d = Draft.choice(q.line, stem(q, notes), choices, right);
    d.explanation = explanation(q, feedback(rightNode, notes), notes);
    common(q, category, d, notes);
    out.add(d);
  }

  private static void trueFalse(Node q, String category, PackBuilder out) throws ImportException {
    List<String> notes = new ArrayList<>();
    Boolean truth = null;
    String rightFeedback = "";
    for (Node a : q.all("answer")) {
      String t = Clean.text(a.textOf("text").isEmpty() ? a.text : a.textOf("text")).text().toLowerCase(Locale.ROOT);
      if (fraction(a) >= 100.0 - 1e-9 && (t.equals("true") || t.equals("false"))) {
        truth = t.equals("true");
        rightFeedback = feedback(a, notes);
      }
    }
    if (truth == null) {
      out.skip(q.line, "a truefalse question with no answer \"true\" or \"false\" at fraction 100");
      return;
    }
    Draft d = Draft.trueFalse(q.line, stem(q, notes), truth);
    d.explanation = explanation(q, rightFeedback, notes);
    common(q, category, d, notes);
    out.add(d);
  }

  private static String stem(Node q, List<String> notes) {
    Node qt = q.child("questiontext");
    return qt == null ? "" : plain(q.textOf("questiontext"), qt.attribute("format", "html"), "question", notes);
  }

  private static String feedback(Node answer, List<String> notes) {
    Node f = answer == null ? null : answer.child("feedback");
    return f == null ? "" : plain(answer.textOf("feedback"), f.attribute("format", "html"), "feedback", notes);
  }

  private static String explanation(Node q, String answerFeedback, List<String> notes) {
    Node g = q.child("generalfeedback");
    String general = g == null ? "" : Clean.text(plain(q.textOf("generalfeedback"), g.attribute("format", "html"),
        "general feedback", notes)).text();
    String answer = Clean.text(answerFeedback).text();
    if (general.isEmpty()) {
      return answer;
    }
    return answer.isEmpty() || general.contains(answer) ? general : general + " " + answer;
  }

  private static void common(Node q, String category, Draft d, List<String> notes) {
    d.title = Clean.text(q.textOf("name")).text();
    d.id = Clean.text(q.textOf("idnumber")).text();
    if (d.id.isEmpty()) {
      d.id = null;
    }
    if (category != null) {
      d.tags.add(category);
    }
    List<Node> tags = new ArrayList<>(q.all("tag")); // some generators put <tag> right in the question
    Node list = q.child("tags");
    if (list != null) {
      tags.addAll(list.all("tag"));
    }
    for (Node t : tags) {
      d.tags.add(t.textOf("text").isEmpty() ? t.text : t.textOf("text"));
    }
    d.notes = notes;
  }

  /** Text in one of Moodle's formats (html, moodle_auto_format, plain_text, markdown) as plain text. */
  private static String plain(String text, String format, String what, List<String> notes) {
    String f = format.toLowerCase(Locale.ROOT);
    Gift.Text t = new Gift.Text(text, f.equals("plain_text") ? "plain" : f.equals("markdown") ? "markdown"
        : f.equals("moodle_auto_format") ? "moodle" : "html");
    Html.Result r = t.plain();
    if (r.images() > 0) {
      notes.add(r.images() + " image" + (r.images() == 1 ? "" : "s") + " in the " + what
          + " left out; Sourced shows text only");
    }
    return r.text();
  }

  private static double fraction(Node a) {
    try {
      return Double.parseDouble(a.attribute("fraction", "0").strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  private static final java.util.regex.Pattern UNQUOTED_TYPE =
      java.util.regex.Pattern.compile("<question(\\s+)type=([A-Za-z_-]{1,40})(?=[\\s/>])");

  /**
   * Two habits of hand-made banks that make the XML ill-formed, mended with a warning each:
   * HTML's named entities (&amp;rarr;), which XML does not define, become the characters; and
   * &lt;question type=multichoice&gt; gets its quotes. One pass each, linear.
   */
  static String lenient(String text, Notes notes) {
    StringBuilder b = new StringBuilder(text.length());
    java.util.Set<String> mended = new java.util.TreeSet<>();
    int line = 1;
    int firstLine = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      }
      if (c == '&') {
        int semi = -1;
        for (int j = i + 1; j < text.length() && j < i + 12; j++) {
          char d = text.charAt(j);
          if (d == ';') {
            semi = j;
            break;
          }
          if (!Character.isLetterOrDigit(d)) {
            break;
          }
        }
        if (semi > i + 1) {
          String name = text.substring(i + 1, semi);
          if (!List.of("amp", "lt", "gt", "quot", "apos").contains(name) && Character.isLetter(name.charAt(0))) {
            Html.Result r = Html.toText("&" + name + ";");
            if (!r.text().equals("&" + name + ";")) {
              b.append("&#").append(r.text().codePointAt(0)).append(';');
              mended.add("&" + name + ";");
              firstLine = firstLine == 0 ? line : firstLine;
              i = semi;
              continue;
            }
          }
        }
      }
      b.append(c);
    }
    if (!mended.isEmpty()) {
      notes.warn(firstLine, "the XML uses HTML entities it does not define (" + String.join(" ", mended)
          + "); read as the characters they stand for");
    }
    String out = b.toString();
    java.util.regex.Matcher m = UNQUOTED_TYPE.matcher(out);
    if (m.find()) {
      int at = out.substring(0, m.start()).split("\n", -1).length;
      notes.warn(at, "<question type=...> without quotes is not XML; read as type=\"" + m.group(2) + "\"");
      out = m.replaceAll("<question$1type=\"$2\"");
    }
    return out;
  }

  /** The document as a tree of nodes; a mistake in the XML is an error naming its line. */
  static Node parse(String file, String text) throws ImportException {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK's, not whichever is on the class path
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    List<Object[]> stack = new ArrayList<>(); // {name, attributes, text, children, line}
    Node root = null;
    int textDepth = 0; // how many <text> elements the reader is inside
    try {
      XMLStreamReader r = f.createXMLStreamReader(new StringReader(text));
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          Map<String, String> attributes = new LinkedHashMap<>();
          for (int i = 0; i < r.getAttributeCount(); i++) {
            attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
          }
          if (textDepth > 0) {
            // Unescaped HTML inside <text>, as some generators write it: kept as markup for Html to read.
            ((StringBuilder) stack.get(stack.size() - 1)[2]).append('<').append(r.getLocalName()).append('>');
          }
          stack.add(new Object[] {r.getLocalName(), attributes, new StringBuilder(), new ArrayList<Node>(),
              r.getLocation().getLineNumber()});
          if (r.getLocalName().equals("text")) {
            textDepth++;
          }
        } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) && !stack.isEmpty()) {
          ((StringBuilder) stack.get(stack.size() - 1)[2]).append(r.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          Object[] top = stack.remove(stack.size() - 1);
          if ("text".equals(top[0])) {
            textDepth--;
          }
          @SuppressWarnings("unchecked")
          Node n = new Node((String) top[0], (Map<String, String>) top[1], top[2].toString(), (List<Node>) top[3],
              (Integer) top[4]);
          if (stack.isEmpty()) {
            root = n;
          } else {
            if (textDepth > 0) {
              ((StringBuilder) stack.get(stack.size() - 1)[2]).append(n.text).append("</").append(n.name).append('>');
            }
            @SuppressWarnings("unchecked")
            List<Node> siblings = (List<Node>) stack.get(stack.size() - 1)[3];
            siblings.add(n);
          }
        }
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
      String why = Clean.text(String.valueOf(e.getMessage())).text();
      int cut = why.indexOf("Message: ");
      throw new ImportException(file, line, "is not well-formed XML: " + (cut >= 0 ? why.substring(cut + 9) : why));
    }
    if (root == null) {
      throw new ImportException(file, 0, "holds no XML elements");
    }
    return root;
  }
}
