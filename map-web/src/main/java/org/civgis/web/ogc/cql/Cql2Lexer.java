package org.civgis.web.ogc.cql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits CQL2 text into tokens. Refuses what no CQL2 text contains (a {@code ;}, comments, an
 * unterminated string, …) with the position of the offending character.
 */
final class Cql2Lexer {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

  enum Kind {
    IDENTIFIER,
    QUOTED_IDENTIFIER,
    STRING,
    NUMBER,
    OPERATOR,
    LEFT,
    RIGHT,
    COMMA,
    END
  }

  /**
   * One token; {@code text} is the identifier, the string's value, the number as written or the
   * operator; {@code value} is the number (a {@link Long} or a {@link BigDecimal}).
   */
  record Token(Kind kind, String text, Object value, int start, int end) {}

  private final String input;
  private final List<Token> tokens = new ArrayList<>();
  private int at;

  private Cql2Lexer(String input) {
    this.input = input;
  }

  /** The tokens of {@code input}, ending with one {@link Kind#END} token. */
  static List<Token> tokenize(String input) {
    Cql2Lexer lexer = new Cql2Lexer(input);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    int length = input.length();
    while (at < length) {
      char c = input.charAt(at);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        at++;
      } else if (c == '(') {
        single(Kind.LEFT, "(");
      } else if (c == ')') {
        single(Kind.RIGHT, ")");
      } else if (c == ',') {
        single(Kind.COMMA, ",");
      } else if (c == '=' || c == '<' || c == '>') {
        operator(c);
      } else if (c == '\'') {
        quoted('\'', Kind.STRING, "string");
      } else if (c == '"') {
        quoted('"', Kind.QUOTED_IDENTIFIER, "quoted property name");
      } else if (startsNumber()) {
        number();
      } else if (Character.isLetter(input.codePointAt(at)) || c == '_') {
        identifier();
      } else {
        throw unexpected(c);
      }
    }
    tokens.add(new Token(Kind.END, "", null, length, length));
  }

  private void single(Kind kind, String text) {
    tokens.add(new Token(kind, text, null, at, at + 1));
    at++;
  }

  private void operator(char c) {
    char next = at + 1 < input.length() ? input.charAt(at + 1) : 0;
    String operator;
    if (c == '<' && (next == '>' || next == '=')) {
      operator = "<" + next;
    } else if (c == '>' && next == '=') {
      operator = ">=";
    } else {
      operator = String.valueOf(c);
    }
    tokens.add(new Token(Kind.OPERATOR, operator, null, at, at + operator.length()));
    at += operator.length();
  }

  /** A string or a quoted identifier; the quote character doubled stands for itself. */
  private void quoted(char quote, Kind kind, String what) {
    int start = at;
    StringBuilder value = new StringBuilder();
    at++;
    while (true) {
      if (at >= input.length()) {
        throw new Cql2Exception("unterminated " + what + "; expected " + quote, start);
      }
      char c = input.charAt(at);
      if (c == 0) {
        // PostgreSQL text cannot hold it
        throw new Cql2Exception("U+0000 is not allowed in a " + what, at);
      }
      if (c == quote) {
        if (at + 1 < input.length() && input.charAt(at + 1) == quote) {
          value.append(quote);
          at += 2;
        } else {
          at++;
          break;
        }
      } else {
        value.append(c);
        at++;
      }
    }
    tokens.add(new Token(kind, value.toString(), null, start, at));
  }

  private boolean startsNumber() {
    Matcher matcher = NUMBER.matcher(input).region(at, input.length());
    return matcher.lookingAt();
  }

  private void number() {
    Matcher matcher = NUMBER.matcher(input).region(at, input.length());
    matcher.lookingAt();
    int start = at;
    String text = matcher.group();
    at = matcher.end();
    String unsigned = text.startsWith("+") ? text.substring(1) : text;
    Object value = null;
    if (unsigned.chars().allMatch(c -> c == '-' || (c >= '0' && c <= '9'))) {
      try {
        value = Long.parseLong(unsigned);
      } catch (NumberFormatException tooLong) {
        // a BigDecimal below
      }
    }
    if (value == null) {
      value = decimal(unsigned, start);
    }
    tokens.add(new Token(Kind.NUMBER, text, value, start, at));
  }

  /**
   * A number a double precision column can be compared with: PostgreSQL refuses to convert a
   * numeric beyond its range.
   */
  private static BigDecimal decimal(String text, int start) {
    try {
      BigDecimal decimal = new BigDecimal(text);
      double approximation = Math.abs(decimal.doubleValue());
      if (Double.isFinite(approximation)
          && (decimal.signum() == 0 || approximation >= Double.MIN_NORMAL)) {
        return decimal;
      }
    } catch (NumberFormatException exponentTooLarge) {
      // refused below
    }
    throw new Cql2Exception("number out of range", start);
  }

  /** Letters (any script), digits, {@code _}, {@code .} and {@code :}, starting with a letter. */
  private void identifier() {
    int start = at;
    while (at < input.length()) {
      int c = input.codePointAt(at);
      int type = Character.getType(c);
      if (Character.isLetterOrDigit(c)
          || c == '_'
          || c == '.'
          || c == ':'
          || type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        at += Character.charCount(c);
      } else {
        break;
      }
    }
    tokens.add(new Token(Kind.IDENTIFIER, input.substring(start, at), null, start, at));
  }

  private Cql2Exception unexpected(char c) {
    char next = at + 1 < input.length() ? input.charAt(at + 1) : 0;
    if ((c == '-' && next == '-') || (c == '/' && next == '*')) {
      return new Cql2Exception("comments are not allowed", at);
    }
    if (c == '!' && next == '=') {
      return new Cql2Exception("unexpected '!='; use <> for 'not equal'", at);
    }
    if ("+-*/%".indexOf(c) >= 0) {
      return new Cql2Exception("unexpected '" + c + "'; arithmetic is not supported", at);
    }
    String shown =
        Character.isISOControl(c) || Character.isSurrogate(c)
            ? String.format("U+%04X", (int) c)
            : "'" + c + "'";
    return new Cql2Exception("unexpected character " + shown, at);
  }
}
