package ru.nastavnik.orders;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.identity.CompletedBy;

/**
 * «Подписать и зарегистрировать приказ»: right after the director's signing task, in its transaction; the order gets
 * its number and the signer, and the process instance {@code orderNumber} and {@code orderSigned}.
 */
@Component("signOrderDelegate")
class SignOrderDelegate implements JavaDelegate {

    private final Orders orders;
    private final IdentityService identity;

    SignOrderDelegate(Orders orders, IdentityService identity) {
        this.orders = orders;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int number = orders.sign(execution.getTenantId(), OrderVariables.orderId(execution), CompletedBy.of(identity));
        execution.getProcessInstance().setVariable(OrderVariables.ORDER_NUMBER, number);
        execution.getProcessInstance().setVariable(OrderVariables.ORDER_SIGNED, true);
    }
}
