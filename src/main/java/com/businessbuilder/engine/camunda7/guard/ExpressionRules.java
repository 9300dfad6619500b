package com.businessbuilder.engine.camunda7.guard;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNode;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Checks a JUEL expression ({@code ${...}}, {@code #{...}}) on the tree the engine's own parser builds, before the
 * engine ever evaluates it. Allowed: literals, operators, variables, reading their properties (never {@code class}
 * and the like), the engine reads and result methods of {@link AllowList}, and the members of allow-listed beans.
 * Refused: any other method call (on a literal, a variable or a result), functions, dynamic property names, the
 * engine's own objects ({@code execution}, {@code task}, ...) and every other Spring bean.
 */
final class ExpressionRules {

  /** The features the engine parses with (JUEL's JEE6 profile): method invocations and varargs. */
  private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

  private final AllowList allowList;
  private final Predicate<String> isSpringBean;

  ExpressionRules(AllowList allowList, Predicate<String> isSpringBean) {
    this.allowList = allowList;
    this.isSpringBean = isSpringBean;
  }

  static boolean isExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** Why the expression is refused, or empty when it may run. */
  Optional<String> check(String expression) {
    Tree tree;
    try {
      tree = PARSER.build(expression);
    } catch (TreeBuilderException e) {
      return Optional.of(expression + " does not parse: " + e.getMessage());
    }
    try {
      value((AstNode) tree.getRoot());
      return Optional.empty();
    } catch (Refused refused) {
      return Optional.of(expression + " " + refused.getMessage());
    }
  }

  /** What an allowed node evaluates to, as far as the rules care. */
  private enum Kind { DATA, ENGINE_OBJECT, BEAN }

  private record Value(Kind kind, String name) {
    static final Value DATA = new Value(Kind.DATA, null);
  }

  /** Checks a node whose value is used as a value: an engine object or a bean may not be used whole. */
  private Value value(AstNode node) {
    Value value = node(node);
    if (value.kind() == Kind.ENGINE_OBJECT) {
      throw new Refused("uses the engine's '" + value.name() + "', which is not a variable"
          + allowedReads(value.name()));
    }
    if (value.kind() == Kind.BEAN) {
      throw new Refused("uses the bean '" + value.name() + "' whole; only its allow-listed members "
          + allowList.beans().get(value.name()) + " may be used");
    }
    return value;
  }

  private Value node(AstNode node) {
    if (node instanceof AstText || node instanceof AstString || node instanceof AstNumber
        || node instanceof AstBoolean || node instanceof AstNull) {
      return Value.DATA;
    }
    if (node instanceof AstComposite || node instanceof AstEval || node instanceof AstNested
        || node instanceof AstBinary || node instanceof AstUnary || node instanceof AstChoice
        || node instanceof AstParameters) {
      for (int i = 0; i < node.getCardinality(); i++) {
        value((AstNode) node.getChild(i));
      }
      return Value.DATA;
    }
    if (node instanceof AstIdentifier identifier) {
      return identifier(identifier.getName());
    }
    if (node instanceof AstMethod method) {
      return method(method);
    }
    if (node instanceof AstProperty property) {
      return property(property);
    }
    if (node instanceof AstFunction function) {
      throw new Refused("calls the function " + function.getName() + "(); expressions call no functions");
    }
    throw new Refused("uses " + node.getClass().getSimpleName() + ", which the guard does not know");
  }

  private Value identifier(String name) {
    if (AllowList.ENGINE_NAMES.contains(name)) {
      return new Value(Kind.ENGINE_OBJECT, name);
    }
    if (allowList.isBean(name)) {
      return new Value(Kind.BEAN, name);
    }
    if (isSpringBean.test(name)) {
      throw new Refused("names the application's bean '" + name + "', which is not on the allow-list");
    }
    return new Value(Kind.DATA, name);
  }

  /** {@code base.name} or {@code base['name']}: a property read. */
  private Value property(AstProperty property) {
    String name = propertyName(property);
    Value base = node((AstNode) property.getChild(0));
    switch (base.kind()) {
      case ENGINE_OBJECT -> {
        if (AllowList.ENGINE_READS.getOrDefault(base.name(), Set.of()).contains(name)) {
          return Value.DATA;
        }
        throw new Refused("reads '" + name + "' of the engine's '" + base.name() + "'" + allowedReads(base.name()));
      }
      case BEAN -> {
        if (allowList.allowsMember(base.name(), name)) {
          return Value.DATA;
        }
        throw new Refused("reads '" + name + "' of the bean '" + base.name() + "', which is not an allow-listed member");
      }
      default -> {
        if (AllowList.FORBIDDEN_PROPERTIES.contains(name)) {
          throw new Refused("reads the property '" + name + "', which no expression may read");
        }
        return Value.DATA;
      }
    }
  }

  /** {@code base.name(parameters)}: a method call. */
  private Value method(AstMethod method) {
    AstProperty target = (AstProperty) method.getChild(0);
    String name = propertyName(target);
    Value base = node((AstNode) target.getChild(0));
    value((AstNode) method.getChild(1));
    if (base.kind() == Kind.BEAN && allowList.allowsMember(base.name(), name)) {
      return Value.DATA;
    }
    if (base.kind() == Kind.DATA && base.name() != null
        && AllowList.VARIABLE_METHODS.getOrDefault(base.name(), Set.of()).contains(name)) {
      return Value.DATA;
    }
    String on = switch (base.kind()) {
      case ENGINE_OBJECT -> "the engine's '" + base.name() + "'";
      case BEAN -> "the bean '" + base.name() + "' (not an allow-listed member)";
      case DATA -> base.name() == null ? "a value" : "the variable '" + base.name() + "'";
    };
    throw new Refused("calls " + name + "() on " + on + "; methods may be called on allow-listed beans only");
  }

  /** The name a property or method node reads: literal after a dot or in brackets; a computed name is refused. */
  private static String propertyName(AstProperty property) {
    if (property instanceof AstDot dot) {
      return dot.toString().substring(". ".length()); // AstDot keeps its name private and prints ". name"
    }
    if (property instanceof AstBracket && property.getChild(1) instanceof AstString literal) {
      return String.valueOf(literal.eval(null, null));
    }
    if (property instanceof AstBracket && property.getChild(1) instanceof AstNumber number) {
      return String.valueOf(number.eval(null, null));
    }
    throw new Refused("reads a property whose name is computed ([...]); only literal names can be checked");
  }

  private static String allowedReads(String engineName) {
    var reads = AllowList.ENGINE_READS.get(engineName);
    return reads == null ? "" : " (only " + reads.stream().map(r -> engineName + "." + r).sorted().toList()
        + " may be read)";
  }

  private static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message, null, false, false);
    }
  }
}
