package ru.nastavnik.orders;

/** Process variables the order delegates read and write; BPMN models use the same names. */
public final class OrderVariables {

    /** Local input of the issuing service task: an {@link OrderKind} name. */
    public static final String ORDER_KIND = "orderKind";

    public static final String ORDER_ID = "orderId";
    public static final String ORDER_NUMBER = "orderNumber";
    public static final String ORDER_TITLE = "orderTitle";
    public static final String ORDER_DOWNLOAD_URL = "orderDownloadUrl";

    /** The director's choice on the signing form: {@link #SIGN} or {@link #RETURN}. */
    public static final String ORDER_DECISION = "orderDecision";
    public static final String ORDER_RETURN_COMMENT = "orderReturnComment";
    public static final String ORDER_SIGNED = "orderSigned";
    public static final String SIGN = "sign";
    public static final String RETURN = "return";

    private OrderVariables() {
    }

    /** The order the process works on; set by the issuing task, so its absence is a broken model. */
    static String orderId(org.camunda.bpm.engine.delegate.VariableScope scope) {
        Object orderId = scope.getVariable(ORDER_ID);
        if (orderId == null) {
            throw new IllegalStateException("This step works on an order, but orderId is not set");
        }
        return (String) orderId;
    }
}
