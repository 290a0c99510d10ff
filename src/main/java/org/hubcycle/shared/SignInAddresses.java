package org.hubcycle.shared;

/**
 * Whether somebody signs in to Hubcycle with an email address. The access module answers; a module that keeps
 * people's addresses asks before a hub corrects one, since only the person who proved an address may change it.
 */
public interface SignInAddresses {

    /**
     * True when an account with this address (compared without case) is one its person has proved they hold, by
     * confirming it or choosing a password from an invitation, whether or not it is suspended now.
     */
    boolean inUse(String email);
}
