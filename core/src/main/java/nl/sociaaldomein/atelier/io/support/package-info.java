/**
 * The toolkit file readers are built from: {@link nl.sociaaldomein.atelier.io.support.ReadContext}
 * and {@link nl.sociaaldomein.atelier.io.support.ObjectFields} read a located document field by
 * field and collect every problem at its place; the readers in {@code io} and a profile's own
 * readers (a profile that ships a data file of its own) use them.
 *
 * <p>Not part of the embedding API: an embedding system calls the readers in {@code io}
 * ({@code PortfolioReader}, {@code RoundFileReader}, …) and never needs these classes; they may
 * change between minor versions. No public member of an API package takes or returns one of
 * them (an architecture rule in core's tests keeps it so).
 */
package nl.sociaaldomein.atelier.io.support;
