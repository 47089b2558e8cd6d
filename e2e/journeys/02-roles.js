'use strict';
// Every demo login logs in (with TOTP where the role needs it), lands on its start page and logs out.
const START = {
  jongere: '/mijn',
  ouder: '/ouder',
  netwerklid: '/netwerk',
  jeugdprofessional: '/team',
  teamleider: '/teamleider',
  partner: '/partner',
  beleid: '/beleid',
  redacteur: '/redactie',
  beheerder: '/beheer',
};

module.exports = {
  name: 'every role logs in and sees its start page',
  async run(t) {
    for (const l of t.logins) {
      const u = await t.user(l.login);
      await u.login(l.login);
      u.expectPath(START[l.role]);
      await u.expectText(l.name);
      if (l === t.loginOf(l.role)) await u.shot(`start-${l.role}`);
      await u.click('header a[href="/account"]');
      await u.expectText(l.login);
      await u.logout();
      await u.expectText('Je bent uitgelogd');
      await u.close();
    }
  },
};
