package ru.nastavnik.orders;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Issues the order named by the task's local variable {@code orderKind}, worded from the process variables, in the
 * engine's transaction; leaves its id, title and download address on the process instance for later tasks (the number comes with the signature).
 */
@Component("issueOrderDelegate")
class IssueOrderDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(IssueOrderDelegate.class);

    private final Orders orders;
    private final SchoolPeople people;
    private final Clock clock;

    IssueOrderDelegate(Orders orders, SchoolPeople people, Clock clock) {
        this.orders = orders;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderKind kind = kind(execution.getVariableLocal(OrderVariables.ORDER_KIND));
        LocalDate today = LocalDate.now(clock);
        OrderFacts facts = new OrderFacts(execution.getVariables(), people::fullName, today);
        OrderRequest request = new OrderRequest(kind, facts.schoolName(), facts.schoolYear(), today,
                OrderWording.paragraphs(kind, facts), OrderWording.table(kind, facts),
                people.directorName(execution.getTenantId()).orElse(null), execution.getProcessInstanceId());
        IssuedOrder issued = orders.issue(request);

        DelegateExecution processInstance = execution.getProcessInstance();
        processInstance.setVariable(OrderVariables.ORDER_ID, issued.id());
        processInstance.setVariable(OrderVariables.ORDER_TITLE, OrderDates.fullTitle(null, today, issued.title()));
        processInstance.setVariable(OrderVariables.ORDER_DOWNLOAD_URL, "/orders/" + issued.id() + "/document");
        log.info("Draft order {} ({}) issued for process instance {}", issued.id(), kind, execution.getProcessInstanceId());
    }

    private static OrderKind kind(Object value) {
        if (value == null) {
            throw new IllegalStateException("The task issuing an order needs the input parameter orderKind");
        }
        try {
            return OrderKind.valueOf(value.toString().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Unknown orderKind " + value + "; expected one of OrderKind", e);
        }
    }
}
