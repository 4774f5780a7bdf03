package vn.neuguong.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.neuguong.shared.ActorPrincipal;

@Service
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var row = accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return new ActorPrincipal(accounts.actorOf(row), row.passwordHash(), row.enabled());
    }
}
