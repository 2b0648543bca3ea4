package ru.nastavnik.orders;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** «Вернуть проект приказа на доработку»: the director's comment goes on the order; {@code orderSigned} is false. */
@Component("returnOrderDelegate")
class ReturnOrderDelegate implements JavaDelegate {

    private final Orders orders;

    ReturnOrderDelegate(Orders orders) {
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object comment = execution.getVariable(OrderVariables.ORDER_RETURN_COMMENT);
        orders.returnForRework(OrderVariables.orderId(execution), comment == null ? null : comment.toString().strip());
        execution.getProcessInstance().setVariable(OrderVariables.ORDER_SIGNED, false);
    }
}
