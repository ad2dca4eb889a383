package nl.sociaaldomein.atelier.call;

/** What an in-order policy does with the first initiative whose request exceeds what is left. */
public enum WhenItDoesNotFit {
    /** Skip it and try the next one; a smaller request further down may still fit. */
    SKIP,
    /** Stop: it and everyone after it are not funded. */
    END_ROUND,
    /**
     * Fund it with what is left (Awb art. 4:25 lid 2: refused only "voor zover" the ceiling would
     * be exceeded), then stop. If what is left is below the call's minimum amount, skip instead.
     */
    FUND_IN_PART
}
