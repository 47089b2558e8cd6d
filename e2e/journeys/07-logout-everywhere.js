'use strict';
// The young person is logged in on two devices and logs out everywhere from one of them.
module.exports = {
  name: 'log out everywhere ends the other device too',
  async run(t) {
    const sam = t.loginOf('jongere');
    const phone = await t.user('sam-telefoon');
    const laptop = await t.user('sam-laptop');
    await phone.login(sam.login);
    await laptop.login(sam.login);
    await laptop.visit('/account');
    await laptop.click('form[action="/uitloggen/overal"] button');
    await laptop.expectText('Je bent uitgelogd');
    await phone.visit('/mijn');
    phone.expectPath('/inloggen');
  },
};
