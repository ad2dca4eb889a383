package nl.sociaaldomein.atelier.examples.cli;

import nl.sociaaldomein.atelier.problem.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.io.BundledResource;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.io.ReadLimits;

/**
 * An input file's bytes and the name problems call it by: a file the user names, or a data file
 * bundled on the classpath (a scenario's). {@code directory} resolves files it refers to; {@code path}
 * is the file's, when it is one.
 */
/**
 * @param bundled true for data shipped with the app (a scenario's profile data): it must state where
 *                its values come from, a user's own file need not
 */
record InputSource(String name, byte[] bytes, Optional<Path> directory, Optional<Path> path, boolean bundled) {

    /** A file the user named; a missing or unreadable file is the user's problem. */
    static InputSource file(Path path) {
        Result<byte[]> read = LocatedDocument.readBytes(path, ReadLimits.DEFAULT);
        if (read.isFailed()) {
            throw BadInputException.of(read.problems());
        }
        byte[] bytes = read.orElseThrow();
        return new InputSource(path.toString(), bytes, Optional.ofNullable(path.toAbsolutePath().getParent()), Optional.of(path), false);
    }

    /** A resource bundled with the app; a missing one is the app's fault, not the user's. */
    static InputSource resource(String resource) {
        String absolute = resource.startsWith("/") ? resource : "/" + resource;
        return new InputSource(absolute.substring(absolute.lastIndexOf('/') + 1),
            BundledResource.bytes(InputSource.class, absolute), Optional.empty(), Optional.empty(), true);
    }

    /**
     * The files on disk this input reads: the file itself and, for a round that names its
     * portfolio by path, that file. {@code --out} may not overwrite any of them.
     */
    List<Path> files(LocatedDocument document) {
        List<Path> files = new ArrayList<>();
        path.ifPresent(files::add);
        JsonNode portfolio = document.root().path("portfolio");
        if (portfolio.isTextual() && directory.isPresent()) {
            try {
                files.add(directory.get().resolve(portfolio.asText().strip()));
            } catch (InvalidPathException notAPath) {
                // The reader has refused it already.
            }
        }
        return files;
    }

    /** Parsed, with its kind told apart; every problem located. */
    Result<Parsed> parse() {
        return LocatedDocument.parse(name, bytes, InputFormat.forFile(name, bytes), ReadLimits.DEFAULT)
            .flatMap(document -> FileKind.of(document).fold(problem -> Result.<Parsed>failed(problem),
                kind -> Result.ok(new Parsed(this, document, kind))));
    }

    /** A document of a known kind. */
    record Parsed(InputSource source, LocatedDocument document, FileKind kind) {
    }
}
