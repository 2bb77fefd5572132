package com.example.mn.service;

import com.example.mn.data.Book;
import com.example.mn.data.BookRepository;
import com.example.mn.data.Reservation;
import com.example.mn.data.ReservationRepository;
import com.example.mn.data.Title;
import com.example.mn.data.TitleRepository;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/** Read-modify-writes through Micronaut Data JDBC repositories (no dirty checking: update(entity) writes). */
@Singleton
public class BookService {

    private final BookRepository books;
    private final TitleRepository titles;
    private final ReservationRepository reservations;

    public BookService(BookRepository books, TitleRepository titles, ReservationRepository reservations) {
        this.books = books;
        this.titles = titles;
        this.reservations = reservations;
    }

    /** In a transaction, but at the default isolation. */
    @Transactional
    public void sell(Long id, int n) {
        Book book = books.findById(id).orElseThrow();
        book.setCopies(book.getCopies() - n);
        books.update(book); // expect: lost-update-weak-isolation
    }

    /** No transaction: the read and the update commit on their own. */
    public void sellWithoutTransaction(String isbn, int n) {
        Book book = books.findByIsbn(isbn).orElseThrow();
        book.setCopies(book.getCopies() - n);
        books.update(book); // expect: lost-update
    }

    /** Safe twin: findByIdForUpdate locks the row until the transaction ends. */
    @Transactional
    public void sellLocked(Long id, int n) {
        Book book = books.findByIdForUpdate(id).orElseThrow();
        book.setCopies(book.getCopies() - n);
        books.update(book);
    }

    /** Safe twin: the UPDATE computes the new value. */
    public boolean sellAtomically(Long id, int n) {
        return books.sell(id, n) == 1;
    }

    /** Safe twin: @Version on Title. */
    @Transactional
    public void sellTitle(Long id, int n) {
        Title title = titles.findById(id).orElseThrow();
        title.setCopies(title.getCopies() - n);
        titles.update(title);
    }

    /** Safe twin: SERIALIZABLE. */
    @Transactional(isolation = TransactionDefinition.Isolation.SERIALIZABLE)
    public void sellSerializable(Long id, int n) {
        Book book = books.findById(id).orElseThrow();
        book.setCopies(book.getCopies() - n);
        books.update(book);
    }

    /** A partial update written with a value computed in Java: it checks no version either. */
    @Transactional
    public void sellPartially(Long id, int n) {
        Book book = books.findById(id).orElseThrow();
        books.update(book.getId(), book.getCopies() - n); // expect: lost-update-weak-isolation
    }

    /** Writes nothing: a Micronaut Data JDBC entity is never flushed without update(..). */
    @Transactional
    public int preview(Long id, int n) {
        Book book = books.findById(id).orElseThrow();
        book.setCopies(book.getCopies() - n);
        return book.getCopies();
    }

    /**
     * Micronaut intercepts self-invocation (its AOP subclasses the bean): each sell(..) below
     * runs in its own transaction, so nothing is bypassed here.
     */
    public void sellAll(List<Long> ids) {
        for (Long id : ids) {
            sell(id, 1);
        }
    }

    /** Two writes with no transaction around them. */
    public void reserveAndTake(Long bookId, Long memberId) {
        reservations.save(new Reservation(bookId, memberId));
        books.sell(bookId, 1); // expect: missing-transaction
    }

    /** Safe twin: JTA's @Transactional, which Micronaut applies too. */
    @jakarta.transaction.Transactional
    public void reserveAndTakeTogether(Long bookId, Long memberId) {
        reservations.save(new Reservation(bookId, memberId));
        books.sell(bookId, 1);
    }
}
