package ru.nastavnik.modeling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * What a deployment may hold, read as plain XML (or JSON) before anything parses it as a model: a closed set, so
 * that a methodologist changes the flow and never runs code on the server.
 * <ul>
 * <li>no script (script tasks, script listeners, script input/output, script conditions), no Java class by name, no
 *     connector, no embedded HTML form, no CMMN case;</li>
 * <li>every expression passes {@link ExpressionCheck};</li>
 * <li>DMN only in FEEL without function definitions, or in JUEL that passes the same check;</li>
 * <li>limits on size, nesting and elements, and no DOCTYPE, checked as the file streams by.</li>
 * </ul>
 */
final class ModelSandbox {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_DEPTH = 64;
    static final int MAX_ELEMENTS = 50_000;

    private static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("scriptTask", "script", "connector");
    private static final Set<String> FORBIDDEN_CAMUNDA_ATTRIBUTES = Set.of("class", "variableMappingClass", "formKey",
            "caseRef", "caseBinding", "caseVersion", "caseTenantId", "resource", "formHandlerClass");
    /** Text read by people, never evaluated: expressions there are not checked. */
    private static final Set<String> PROSE = Set.of("documentation", "textAnnotation", "BPMNDiagram");
    private static final Set<String> FORBIDDEN_FORM_COMPONENTS = Set.of("html", "iframe", "script");
    private static final Pattern FEEL_FUNCTION = Pattern.compile("\\bfunction\\s*\\(|\\bexternal\\b");
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    enum Kind { BPMN, DMN }

    private final ExpressionCheck expressions;

    ModelSandbox(ExpressionCheck expressions) {
        this.expressions = expressions;
    }

    /** The problems of a BPMN or DMN file, each a Russian sentence naming the element; empty when it may be deployed. */
    List<String> problems(Kind kind, byte[] xml) {
        List<String> problems = new ArrayList<>();
        read(kind, xml, problems);
        return problems;
    }

    /** Adds the file's problems; true when the whole file could be read (it is safe to parse as a model). */
    boolean read(Kind kind, byte[] xml, List<String> problems) {
        if (xml.length > MAX_BYTES) {
            problems.add("файл больше " + MAX_BYTES / 1024 / 1024 + " МБ.");
            return false;
        }
        Deque<String> elements = new ArrayDeque<>();
        int count = 0;
        int prose = 0;
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    problems.add("объявление DOCTYPE в файле " + kind + " запрещено.");
                    return false;
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    problems.add("ссылки на сущности XML в файле " + kind + " запрещены.");
                    return false;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++count > MAX_ELEMENTS) {
                        problems.add("в файле больше " + MAX_ELEMENTS + " элементов.");
                        return false;
                    }
                    if (elements.size() >= MAX_DEPTH) {
                        problems.add("вложенность элементов глубже " + MAX_DEPTH + " уровней.");
                        return false;
                    }
                    elements.push(describe(reader, elements));
                    if (prose > 0 || PROSE.contains(reader.getLocalName())) {
                        prose++;
                        continue;
                    }
                    startElement(kind, reader, elements.peek(), problems);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    elements.pop();
                    prose = Math.max(0, prose - 1);
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && prose == 0) {
                    text(kind, reader.getText(), elements.peek(), problems);
                }
            }
        } catch (XMLStreamException e) {
            problems.add("файл не читается как " + kind + ": ошибка XML в строке "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber()) + ".");
            return false;
        }
        return true;
    }

    private void startElement(Kind kind, XMLStreamReader reader, String element, List<String> problems) {
        String name = reader.getLocalName();
        if (kind == Kind.DMN && name.equals("decision") && blank(reader.getAttributeValue(CAMUNDA_DMN, "historyTimeToLive"))) {
            problems.add(element + ": не задан срок хранения истории (camunda:historyTimeToLive).");
        }
        if (kind == Kind.BPMN && FORBIDDEN_ELEMENTS.contains(name)) {
            problems.add(element + ": " + (name.equals("connector")
                    ? "коннекторы запрещены: обращения к другим системам делает делегат приложения."
                    : "скрипты запрещены: сервер не выполняет код из моделей, вызовите делегат в виде ${имяКомпонента}."));
        }
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String attribute = reader.getAttributeLocalName(i);
            String value = reader.getAttributeValue(i);
            // in any namespace: the engine also reads camunda:class as activiti:class, from the namespace of old
            if (kind == Kind.BPMN && FORBIDDEN_CAMUNDA_ATTRIBUTES.contains(attribute)) {
                problems.add(element + ": атрибут camunda:" + attribute + " запрещён: " + whyForbidden(attribute));
            } else if (kind == Kind.BPMN && (attribute.equals("scriptFormat") || attribute.equals("language"))) {
                problems.add(element + ": язык сценариев («" + value + "») запрещён: условия и действия пишутся выражениями ${…}.");
            } else if (kind == Kind.DMN && attribute.equals("expressionLanguage") && !allowedDecisionLanguage(value)) {
                problems.add(element + ": язык выражений «" + value + "» запрещён: в таблицах решений допускается FEEL.");
            } else {
                check(value, element, problems);
            }
        }
    }

    private static String whyForbidden(String attribute) {
        return switch (attribute) {
            case "class", "variableMappingClass", "formHandlerClass" ->
                    "классы Java по имени не вызываются, укажите делегат в виде ${имяКомпонента}.";
            case "formKey" -> "встроенные HTML-формы выполняют код в браузере, используйте Camunda Forms (camunda:formRef).";
            case "resource" -> "внешние сценарии не выполняются.";
            default -> "CMMN не поддерживается.";
        };
    }

    private void text(Kind kind, String text, String element, List<String> problems) {
        if (text.isBlank()) {
            return;
        }
        if (kind == Kind.DMN && !text.contains("${") && !text.contains("#{") && FEEL_FUNCTION.matcher(text).find()) {
            problems.add(element + ": определения функций в FEEL запрещены.");
            return;
        }
        check(text, element, problems);
    }

    private void check(String text, String element, List<String> problems) {
        if (text.contains("${") || text.contains("#{")) {
            Optional<String> problem = expressions.problem(text);
            problem.ifPresent(reason -> problems.add(element + ": " + reason));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean allowedDecisionLanguage(String language) {
        String lower = language.toLowerCase(Locale.ROOT);
        return lower.contains("feel") || lower.equals("juel");
    }

    /** «name» (id) of the element, or of its nearest ancestor with an id. */
    private static String describe(XMLStreamReader reader, Deque<String> outer) {
        String id = reader.getAttributeValue(null, "id");
        String name = reader.getAttributeValue(null, "name");
        if (id == null) {
            return outer.isEmpty() ? "Файл" : outer.peek();
        }
        return "Элемент " + (name == null || name.isBlank() ? id : "«" + name + "» (" + id + ")");
    }

    /** The problems of a Camunda Forms file: size, nesting, and components that show foreign content. */
    static List<String> formProblems(byte[] json) {
        List<String> problems = new ArrayList<>();
        if (json.length > MAX_BYTES) {
            problems.add("файл больше " + MAX_BYTES / 1024 / 1024 + " МБ.");
            return problems;
        }
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    if (++depth > MAX_DEPTH) {
                        problems.add("вложенность глубже " + MAX_DEPTH + " уровней.");
                        return problems;
                    }
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                } else if (token == JsonToken.FIELD_NAME && "type".equals(parser.currentName())
                        && parser.nextToken() == JsonToken.VALUE_STRING && FORBIDDEN_FORM_COMPONENTS.contains(parser.getText())) {
                    problems.add("поле типа «" + parser.getText() + "» запрещено: форма показывает только свои поля и текст.");
                }
            }
        } catch (IOException e) {
            problems.add("файл не читается как JSON.");
        }
        return problems;
    }
}
