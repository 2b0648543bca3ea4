package ru.nastavnik.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Whether an expression of a model (JUEL, as the engine reads {@code ${…}} and {@code #{…}}) keeps to the forms our
 * models use, so that a deployment changes the flow and runs no code of its author's:
 * <ul>
 * <li>literals, operators, and variables with their properties ({@code pair.mentorId});</li>
 * <li>one call of a bean of the process API ({@code pairCalendar.termEnded(execution)}), or the bean itself;</li>
 * <li>the execution's or task's variables and a few plain properties ({@code execution.getVariable('x')},
 *     {@code execution.processBusinessKey});</li>
 * <li>the engine's functions {@code dateTime()} (with its plus/minus/with steps), {@code now()}, {@code currentUser()}.</li>
 * </ul>
 * Anything else (a method of any other object, {@code getClass()}, a bean outside the process API, a getter chain
 * from the execution into the engine) is refused with the reason in Russian.
 */
final class ExpressionCheck {

    private static final Set<String> SCOPES = Set.of("execution", "task", "externalTask", "variableScope");
    private static final Set<String> SCOPE_PROPERTIES = Set.of("id", "processBusinessKey", "businessKey",
            "processInstanceId", "processDefinitionId", "currentActivityId", "currentActivityName", "activityInstanceId",
            "eventName", "tenantId", "name", "assignee", "owner", "taskDefinitionKey", "dueDate", "priority",
            "createTime", "variables", "variablesLocal");
    private static final Set<String> SCOPE_METHODS = Set.of("getVariable", "getVariableLocal", "hasVariable",
            "hasVariableLocal", "setVariable", "setVariableLocal", "getProcessBusinessKey", "getBusinessKey",
            "getProcessInstanceId", "getId", "getCurrentActivityId", "getActivityInstanceId", "getTenantId");
    private static final Set<String> FUNCTIONS = Set.of("dateTime", "now", "currentUser", "currentUserGroups");
    private static final Pattern DATE_STEP = Pattern.compile("(?:plus|minus|with)[A-Z][A-Za-z]*|toDate");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne",
            "lt", "gt", "le", "ge", "div", "mod", "instanceof");
    /** Properties that lead from any object to its class, its loader or the engine. */
    private static final Set<String> NEVER = Set.of("class", "classLoader", "module", "declaringClass",
            "protectionDomain", "processEngine", "processEngineServices", "processEngineConfiguration");
    private static final int MAX_PROPERTY_DEPTH = 4;

    private final Predicate<String> processApi;
    private final Predicate<String> springBean;

    /** processApi: the beans models may call; springBean: any bean of the application (named in the refusal). */
    ExpressionCheck(Predicate<String> processApi, Predicate<String> springBean) {
        this.processApi = processApi;
        this.springBean = springBean;
    }

    /** Every expression in this text (a text may hold several, with literal text around), each checked. */
    Optional<String> problem(String text) {
        int at = 0;
        while (true) {
            int start = nextStart(text, at);
            if (start < 0) {
                return Optional.empty();
            }
            int end;
            try {
                Parser parser = new Parser(text, start + 2);
                Node node = parser.expression();
                end = parser.closingBrace();
                Optional<String> problem = verify(node);
                if (problem.isPresent()) {
                    return Optional.of("выражение «" + text.substring(start, end + 1) + "»: " + problem.get());
                }
            } catch (Unreadable e) {
                return Optional.of("выражение «" + text.substring(start) + "» не читается: " + e.getMessage());
            }
            at = end + 1;
        }
    }

    private static int nextStart(String text, int from) {
        int dollar = text.indexOf("${", from);
        int hash = text.indexOf("#{", from);
        if (dollar < 0) {
            return hash;
        }
        return hash < 0 ? dollar : Math.min(dollar, hash);
    }

    // ---- what an expression may do ----

    private Optional<String> verify(Node node) {
        if (node instanceof Operation operation) {
            for (Node operand : operation.operands) {
                Optional<String> problem = verify(operand);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        }
        if (node instanceof Literal) {
            return Optional.empty();
        }
        Path path = (Path) node;
        for (Step step : path.steps) {
            if (step.arguments != null) {
                for (Node argument : step.arguments) {
                    Optional<String> problem = verify(argument);
                    if (problem.isPresent()) {
                        return problem;
                    }
                }
            }
            if (step.index != null && !(step.index instanceof Literal literal && !NEVER.contains(literal.text))) {
                return Optional.of("в квадратных скобках допускается только число или строка.");
            }
            if (step.name != null && NEVER.contains(step.name)) {
                return Optional.of("обращение к «" + step.name + "» запрещено.");
            }
        }
        if (path.root.arguments != null) {
            return function(path);
        }
        if (SCOPES.contains(path.root.name)) {
            return scope(path);
        }
        if (processApi.test(path.root.name)) {
            return bean(path);
        }
        if (springBean.test(path.root.name) && !path.steps.isEmpty()) {
            return Optional.of("компонент " + path.root.name + " не входит в API процессов: модели вызывают только "
                    + "делегаты, слушатели и помеченные для процессов компоненты.");
        }
        return variable(path);
    }

    private static Optional<String> function(Path path) {
        String name = path.root.name;
        if (!FUNCTIONS.contains(name)) {
            return Optional.of("функция " + name + "() недоступна в моделях.");
        }
        for (Step step : path.steps) {
            if (!name.equals("dateTime") || step.arguments == null || !DATE_STEP.matcher(step.name).matches()) {
                return Optional.of("после " + name + "() допускаются только шаги даты (plusDays(…), minusWeeks(…), toDate()).");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> scope(Path path) {
        if (path.steps.isEmpty()) {
            return Optional.empty();
        }
        Step step = path.steps.get(0);
        if (step.arguments != null && !SCOPE_METHODS.contains(step.name)) {
            return Optional.of("метод " + path.root.name + "." + step.name + "(…) недоступен в моделях; допускаются "
                    + "getVariable, setVariable и чтение ключа процесса.");
        }
        if (step.arguments == null && (step.name == null || !SCOPE_PROPERTIES.contains(step.name))) {
            return Optional.of("свойство " + path.root.name + "." + (step.name == null ? "[…]" : step.name)
                    + " недоступно в моделях.");
        }
        if (path.steps.size() > 1) {
            return Optional.of("у " + path.root.name + " можно прочитать одну переменную или одно свойство, без цепочек.");
        }
        return Optional.empty();
    }

    private static Optional<String> bean(Path path) {
        if (path.steps.isEmpty()) {
            return Optional.empty();
        }
        if (path.steps.size() == 1 && path.steps.get(0).arguments != null) {
            return Optional.empty();
        }
        return Optional.of("у компонента " + path.root.name + " можно вызвать один метод, например "
                + path.root.name + ".метод(execution), без свойств и цепочек.");
    }

    private static Optional<String> variable(Path path) {
        if (path.steps.size() > MAX_PROPERTY_DEPTH) {
            return Optional.of("цепочка свойств переменной " + path.root.name + " слишком длинная.");
        }
        for (Step step : path.steps) {
            if (step.arguments != null) {
                return Optional.of("компонент " + path.root.name + " не существует в приложении, а у переменных "
                        + "нельзя вызывать методы.");
            }
        }
        return Optional.empty();
    }

    // ---- the syntax: the part of EL our models write ----

    private sealed interface Node permits Literal, Operation, Path {
    }

    private record Literal(String text) implements Node {
    }

    private record Operation(List<Node> operands) implements Node {
    }

    /** A name or a function call, then properties, calls and indexes. */
    private record Path(Step root, List<Step> steps) implements Node {
    }

    /** .name, .name(arguments) or [index]; the root is a name or name(arguments). */
    private record Step(String name, List<Node> arguments, Node index) {
    }

    private static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    private static final class Parser {

        private final String text;
        private int at;

        Parser(String text, int at) {
            this.text = text;
            this.at = at;
        }

        int closingBrace() {
            skipSpace();
            if (at >= text.length() || text.charAt(at) != '}') {
                throw new Unreadable("ожидалась закрывающая скобка }");
            }
            return at;
        }

        Node expression() {
            Node condition = binary(0);
            if (eat("?")) {
                Node yes = expression();
                expect(":");
                Node no = expression();
                return new Operation(List.of(condition, yes, no));
            }
            return condition;
        }

        private static final List<List<String>> LEVELS = List.of(
                List.of("||", "or"), List.of("&&", "and"), List.of("==", "!=", "eq", "ne"),
                List.of("<=", ">=", "<", ">", "le", "ge", "lt", "gt"), List.of("+", "-"),
                List.of("*", "/", "%", "div", "mod"));

        private Node binary(int level) {
            if (level == LEVELS.size()) {
                return unary();
            }
            Node left = binary(level + 1);
            while (true) {
                String operator = operatorAt(LEVELS.get(level));
                if (operator == null) {
                    return left;
                }
                at += operator.length();
                left = new Operation(List.of(left, binary(level + 1)));
            }
        }

        private String operatorAt(List<String> operators) {
            skipSpace();
            for (String operator : operators) {
                if (text.startsWith(operator, at)) {
                    boolean word = Character.isLetter(operator.charAt(0));
                    if (word && !wordEndsAt(at + operator.length())) {
                        continue;
                    }
                    // "=" alone (assignment) and "->" (lambda) are not EL our models write
                    if (operator.equals("-") && text.startsWith("->", at)) {
                        throw new Unreadable("лямбда-выражения недоступны");
                    }
                    return operator;
                }
            }
            return null;
        }

        private Node unary() {
            skipSpace();
            if (eat("!") || eatWord("not") || eatWord("empty") || eat("-")) {
                return new Operation(List.of(unary()));
            }
            return primary();
        }

        private Node primary() {
            skipSpace();
            if (at >= text.length()) {
                throw new Unreadable("выражение оборвано");
            }
            char c = text.charAt(at);
            if (c == '(') {
                at++;
                Node inner = expression();
                expect(")");
                return inner;
            }
            if (c == '\'' || c == '"') {
                return new Literal(string(c));
            }
            if (Character.isDigit(c)) {
                int start = at;
                while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                    at++;
                }
                return new Literal(text.substring(start, at));
            }
            if (Character.isJavaIdentifierStart(c)) {
                String name = identifier();
                if (Set.of("true", "false", "null").contains(name)) {
                    return new Literal(name);
                }
                if (KEYWORDS.contains(name)) {
                    throw new Unreadable("«" + name + "» стоит не на своём месте");
                }
                Step root = new Step(name, arguments(), null);
                return new Path(root, steps());
            }
            throw new Unreadable("знак «" + c + "» недопустим");
        }

        private List<Step> steps() {
            List<Step> steps = new ArrayList<>();
            while (true) {
                skipSpace();
                if (eat(".")) {
                    skipSpace();
                    String name = identifier();
                    steps.add(new Step(name, arguments(), null));
                } else if (eat("[")) {
                    Node index = expression();
                    expect("]");
                    steps.add(new Step(null, null, index));
                } else {
                    return steps;
                }
            }
        }

        /** The arguments of a call, or null when no call follows. */
        private List<Node> arguments() {
            skipSpace();
            if (!eat("(")) {
                return null;
            }
            List<Node> arguments = new ArrayList<>();
            skipSpace();
            if (eat(")")) {
                return arguments;
            }
            do {
                arguments.add(expression());
            } while (eat(","));
            expect(")");
            return arguments;
        }

        private String identifier() {
            if (at >= text.length() || !Character.isJavaIdentifierStart(text.charAt(at))) {
                throw new Unreadable("ожидалось имя");
            }
            int start = at;
            while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
                at++;
            }
            return text.substring(start, at);
        }

        private String string(char quote) {
            StringBuilder value = new StringBuilder();
            at++;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '\\' && at < text.length()) {
                    value.append(text.charAt(at++));
                } else if (c == quote) {
                    return value.toString();
                } else {
                    value.append(c);
                }
            }
            throw new Unreadable("строка не закрыта");
        }

        private boolean eat(String token) {
            skipSpace();
            if (text.startsWith(token, at)) {
                at += token.length();
                return true;
            }
            return false;
        }

        private boolean eatWord(String word) {
            skipSpace();
            if (text.startsWith(word, at) && wordEndsAt(at + word.length())) {
                at += word.length();
                return true;
            }
            return false;
        }

        private boolean wordEndsAt(int index) {
            return index >= text.length() || !Character.isJavaIdentifierPart(text.charAt(index));
        }

        private void expect(String token) {
            if (!eat(token)) {
                throw new Unreadable("ожидалось «" + token + "»");
            }
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
