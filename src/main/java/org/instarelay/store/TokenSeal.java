package org.instarelay.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.instarelay.common.Secret;

/**
 * Access tokens sealed for the database: AES-256-GCM, a fresh 12-byte IV per value, stored as
 * {@code v1:} + base64(iv || ciphertext and tag). A copy of the database without the key reveals
 * no token, and GCM's tag tells a wrong key from a right one instead of yielding garbage.
 *
 * <p>The key comes from {@value #VARIABLE} (base64 of 32 bytes) when set, else from
 * {@code <database>.key} beside the database, created 0600 at the first start. Neither the key nor a
 * token is ever part of a message or {@link #toString()}.
 */
public final class TokenSeal {
    /** The environment variable that holds the key, for setups that keep secrets out of files. */
    public static final String VARIABLE = "INSTARELAY_SECRET_KEY";
    static final String PREFIX = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    /** Where the key came from, in words (never the key): for the sentence about a wrong key. */
    private final String source;

    private TokenSeal(byte[] key, String source) {
        this.key = new SecretKeySpec(key, "AES");
        this.source = source;
        Arrays.fill(key, (byte) 0);
    }

    /** The key for the database at {@code database}: from the environment, else its key file (made if missing). */
    static TokenSeal forDatabase(Path database, Map<String, String> environment) throws StoreException {
        String fromEnvironment = environment.get(VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new TokenSeal(decode(fromEnvironment, VARIABLE + " is not a key"), VARIABLE);
        }
        Path file = keyFile(database);
        try {
            return Files.exists(file) ? read(file) : create(file);
        } catch (IOException e) {
            throw new StoreException("Cannot read or create the key file " + file + " (" + e.getClass().getSimpleName()
                    + "): check that the database's folder can be written by the user running InstaRelay.", e);
        }
    }

    /**
     * The key to read with beside the owner (the read-only console, a look): the environment's, or
     * the key file if there is one. Never creates a key file: a look changes nothing, and a key it
     * made would be taken by the next start that lacks the variable. Without a key it opens no
     * token, which a look does not need.
     */
    static TokenSeal forLooking(Path database, Map<String, String> environment) throws StoreException {
        String fromEnvironment = environment.get(VARIABLE);
        Path file = keyFile(database);
        if ((fromEnvironment != null && !fromEnvironment.isBlank()) || Files.exists(file)) {
            return forDatabase(database, environment);
        }
        byte[] none = new byte[KEY_BYTES];
        RANDOM.nextBytes(none);
        return new TokenSeal(none, "no key (a look beside the bot, which opens no token)");
    }

    /** {@code <database>.key}. */
    static Path keyFile(Path database) {
        return database.resolveSibling(database.getFileName() + ".key");
    }

    private static TokenSeal read(Path file) throws IOException, StoreException {
        OwnerOnly.tighten(file);
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        return new TokenSeal(decode(text, "The key file " + file + " does not hold a key"), "the key file " + file);
    }

    /**
     * A new random key, written to a 0600 file beside {@code file} and put in place in one step, so
     * a start that dies half-way never leaves an empty key file behind.
     */
    private static TokenSeal create(Path file) throws IOException, StoreException {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        byte[] text = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
        Path fresh = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(fresh);
        OwnerOnly.prepare(fresh);
        Files.write(fresh, text, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.SYNC);
        try {
            // A link fails when the name is taken, where a move would replace a key made a moment ago.
            Files.createLink(file, fresh);
        } catch (FileAlreadyExistsException e) {
            return read(file);
        } catch (UnsupportedOperationException e) {
            Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(fresh);
        }
        return new TokenSeal(key, "the key file " + file);
    }

    private static byte[] decode(String text, String what) throws StoreException {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != KEY_BYTES) {
            // Never the value itself: it may be a real key with one character lost.
            throw new StoreException(what + ": it must be 32 random bytes in base64 (make one with "
                    + "\"openssl rand -base64 32\"); fix it or remove it, then start again.", null);
        }
        return key;
    }

    /** Where the key came from, in words. */
    String source() {
        return source;
    }

    /**
     * The token, sealed for the database and for its account: {@code igUserId} is bound in as
     * associated data, so a sealed token copied into another account's row does not open there.
     */
    String seal(Secret token, String igUserId) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(igUserId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(token.reveal().getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, stored, 0, IV_BYTES);
            System.arraycopy(sealed, 0, stored, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            // AES-GCM is in every JDK; without it nothing can be stored safely.
            throw new IllegalStateException("AES-GCM is not available in this Java", e);
        }
    }

    /** Whether {@code stored} was sealed (an older release stored tokens in clear). */
    static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    /**
     * The token a stored value of account {@code igUserId} holds: sealed ones opened, clear ones
     * (an older release's) as they are; empty when it was sealed with another key or for another account.
     */
    Optional<Secret> open(String stored, String igUserId) {
        if (!isSealed(stored)) {
            return Optional.of(Secret.of(stored));
        }
        try {
            byte[] raw = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (raw.length <= IV_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, IV_BYTES));
            cipher.updateAAD(igUserId.getBytes(StandardCharsets.UTF_8));
            byte[] clear = cipher.doFinal(raw, IV_BYTES, raw.length - IV_BYTES);
            return Optional.of(Secret.of(new String(clear, StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "TokenSeal[key from " + source + "]";
    }
}
