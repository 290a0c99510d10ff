// Marks the page as having JavaScript, as GOV.UK Frontend expects, before it renders.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
