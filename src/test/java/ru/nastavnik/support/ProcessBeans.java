package ru.nastavnik.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The beans a model names, as the in-memory engine resolves them: each of our delegates and listeners replaced by a
 * recorder (with what the real one tells the process, if the flow depends on it), and the process API's beans given as
 * real ones or stand-ins. Every call is kept, in order, until {@link #forget()}.
 */
public final class ProcessBeans {

    /** One call of a recorded bean: where (activity or task definition key), on which event, with which variables. */
    public record Call(String bean, String activity, String event, Map<String, Object> variables) {

        public Object variable(String name) {
            return variables.get(name);
        }
    }

    private final Map<String, Object> beans = new HashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    /** Recorders that only record. */
    public ProcessBeans recorded(String... names) {
        for (String name : names) {
            recorded(name, scope -> { });
        }
        return this;
    }

    /** A recorder that also does what the real bean tells the process (sets a variable the flow reads, for instance). */
    public ProcessBeans recorded(String name, Consumer<VariableScope> behaviour) {
        beans.put(name, new Recorder(name, behaviour));
        return this;
    }

    /** A process-API bean ({@code ${pairCalendar.meetingSoon(execution)}}): the real one where it needs no database. */
    public ProcessBeans api(String name, Object bean) {
        beans.put(name, bean);
        return this;
    }

    public Map<Object, Object> asMap() {
        return new HashMap<>(beans);
    }

    public java.util.Set<String> names() {
        return beans.keySet();
    }

    public List<Call> calls() {
        return new ArrayList<>(calls);
    }

    public List<Call> calls(String bean) {
        return calls.stream().filter(call -> call.bean().equals(bean)).toList();
    }

    public void forget() {
        calls.clear();
    }

    private final class Recorder implements JavaDelegate, TaskListener, ExecutionListener {

        private final String name;
        private final Consumer<VariableScope> behaviour;

        Recorder(String name, Consumer<VariableScope> behaviour) {
            this.name = name;
            this.behaviour = behaviour;
        }

        @Override
        public void execute(DelegateExecution execution) {
            calls.add(new Call(name, execution.getCurrentActivityId(), "execute", Map.copyOf(nonNull(execution.getVariables()))));
            behaviour.accept(execution);
        }

        @Override
        public void notify(DelegateExecution execution) {
            calls.add(new Call(name, execution.getCurrentActivityId(), execution.getEventName(), Map.copyOf(nonNull(execution.getVariables()))));
            behaviour.accept(execution);
        }

        @Override
        public void notify(DelegateTask task) {
            calls.add(new Call(name, task.getTaskDefinitionKey(), task.getEventName(), Map.copyOf(nonNull(task.getVariables()))));
            behaviour.accept(task);
        }

        private static Map<String, Object> nonNull(Map<String, Object> variables) {
            Map<String, Object> kept = new HashMap<>();
            variables.forEach((key, value) -> {
                if (value != null) {
                    kept.put(key, value);
                }
            });
            return kept;
        }
    }
}
