package nl.sociaaldomein.atelier.events;

/**
 * Turns one kind of event into journal records and back, so that the domain knows no
 * serialisation library (the JSON ones live in {@code io}). The same event always gives the same
 * text, so a journal's hash chain can be recomputed.
 */
public interface EventCodec<E> {

    /**
     * Whether a journal record of this type is one of these events; other types are read past.
     *
     * @param type a journal record's type
     * @return true when this codec reads it
     */
    boolean owns(String type);

    /**
     * The record type of the event, e.g. {@code round.initiative-submitted}.
     *
     * @param event the event
     * @return the record type
     */
    String type(E event);

    /**
     * The event's payload, as the journal stores it.
     *
     * @param event the event
     * @return the payload (JSON for the library's codecs)
     */
    String encode(E event);

    /**
     * @param type    the record's type, one this codec owns
     * @param payload the stored payload
     * @return the event
     * @throws IllegalArgumentException naming the field as a JSON path, when the payload is not such an event
     */
    E decode(String type, String payload);

    /**
     * Whether {@link #decode} may be called from several threads at once (it keeps no state of
     * its own): a stream then decodes a page of records on all cores. False unless a codec says so.
     *
     * @return true when {@link #decode} may run on several threads at once
     */
    default boolean decodesConcurrently() {
        return false;
    }
}
