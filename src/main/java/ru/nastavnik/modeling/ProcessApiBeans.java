package ru.nastavnik.modeling;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;

/**
 * The beans a process model may name: our delegates and listeners, and the beans marked {@link ProcessApi}. The engine
 * resolves names in expressions only among these ({@link #asMap()}), and the deployment guard refuses any other.
 * Found on first use, when every bean is defined.
 */
final class ProcessApiBeans {

    private static final String OURS = "ru.nastavnik.";
    private static final Class<?>[] CALLED_BY_THE_ENGINE = {JavaDelegate.class, TaskListener.class, ExecutionListener.class};

    private final ApplicationContext application;
    private volatile Set<String> names;

    ProcessApiBeans(ApplicationContext application) {
        this.application = application;
    }

    boolean contains(String name) {
        return names().contains(name);
    }

    boolean isSpringBean(String name) {
        return application.containsBean(name);
    }

    /** A listener that only reads and checks ({@link ReadOnlyListener}); a write belongs in a service task. */
    boolean mayListen(String name) {
        return contains(name) && application.findAnnotationOnBean(name, ReadOnlyListener.class, false) != null;
    }

    Set<String> names() {
        Set<String> found = names;
        if (found == null) {
            found = new TreeSet<>();
            for (String name : application.getBeanDefinitionNames()) {
                Class<?> type = application.getType(name, false);
                if (type == null || !type.getName().startsWith(OURS)) {
                    continue;
                }
                boolean calledByTheEngine = false;
                for (Class<?> engineType : CALLED_BY_THE_ENGINE) {
                    calledByTheEngine |= engineType.isAssignableFrom(type);
                }
                if (calledByTheEngine || application.findAnnotationOnBean(name, ProcessApi.class, false) != null) {
                    found.add(name);
                }
            }
            found = Set.copyOf(found);
            names = found;
        }
        return found;
    }

    /** What the model rules ask of the application; the forms' rules are found on first use. */
    ModelRules.Beans ruleBeans() {
        return new ModelRules.Beans(this::contains, this::mayListen,
                formId -> application.getBeanProvider(FormsWithRules.class).stream().anyMatch(forms -> forms.hasRules(formId)));
    }

    /** The process API as the engine's expression manager reads it: a name it holds resolves to its bean. */
    Map<Object, Object> asMap() {
        return new AbstractMap<>() {
            @Override
            public boolean containsKey(Object key) {
                return key instanceof String name && contains(name);
            }

            @Override
            public Object get(Object key) {
                return containsKey(key) ? application.getBean((String) key) : null;
            }

            @Override
            public Set<Entry<Object, Object>> entrySet() {
                return names().stream().collect(Collectors.toMap(name -> (Object) name, application::getBean)).entrySet();
            }
        };
    }
}
