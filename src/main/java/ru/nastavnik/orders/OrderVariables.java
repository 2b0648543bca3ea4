package ru.nastavnik.orders;

/** Process variables the order delegate and listener read and write; BPMN models use the same names. */
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
}
