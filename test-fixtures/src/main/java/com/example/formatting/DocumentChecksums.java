package com.example.formatting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Service;

@Service
public class DocumentChecksums {

    private final MessageDigest sha256;

    public DocumentChecksums() throws NoSuchAlgorithmException {
        this.sha256 = MessageDigest.getInstance("SHA-256");
    }

    // digest() resets the shared instance in the middle of another thread's update()
    public String checksum(String document) {
        byte[] hash = sha256.digest(document.getBytes(StandardCharsets.UTF_8)); // expect: shared-mutable-state
        return HexFormat.of().formatHex(hash);
    }

    public String checksumWithOwnDigest(String document) throws NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(digest.digest(document.getBytes(StandardCharsets.UTF_8)));
    }

    public String algorithm() {
        return sha256.getAlgorithm();
    }
}
