// Upload with a progress bar (banks, a district's list of schools: data-progress and data-page name its addresses); the answer is the same page with the report. Without script the form posts as usual.
document.querySelectorAll('form.bank-upload').forEach(function (form) {
  form.addEventListener('submit', function (event) {
    var file = form.querySelector('input[type=file]').files[0];
    var status = form.querySelector('.status');
    if (file && file.size >= 100 * 1024 * 1024) {
      event.preventDefault();
      status.textContent = 'Файл слишком большой (100 МБ или больше). Разделите банк на несколько файлов.';
      return;
    }
    if (!window.XMLHttpRequest || !window.FormData) {
      status.textContent = 'Загрузка…';
      return;
    }
    event.preventDefault();
    var progress = form.querySelector('progress');
    var button = form.querySelector('button');
    button.disabled = true;
    progress.hidden = false;
    status.textContent = 'Загрузка…';
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.setRequestHeader('Accept', 'text/html');
    request.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        progress.value = Math.round(e.loaded * 100 / e.total);
        status.textContent = 'Загрузка… ' + progress.value + ' %';
      }
    };
    // While the server imports (a minute for 10,000 rows), ask it how far it has come.
    var progressId = (window.crypto && crypto.randomUUID) ? crypto.randomUUID()
        : String(Date.now()) + '-' + String(Math.random()).slice(2);
    var polling = null;
    request.upload.onload = function () {
      status.textContent = 'Файл загружен, проверяем строки…';
      progress.removeAttribute('value');
      polling = setInterval(function () {
        var ask = new XMLHttpRequest();
        ask.open('GET', (form.dataset.progress || form.action.replace(/\/(mentees|mentors)\/import$/, '/import-progress/')) + progressId);
        ask.setRequestHeader('Accept', 'application/json');
        ask.onload = function () {
          if (ask.status !== 200 || polling === null) { return; }
          var step = JSON.parse(ask.responseText);
          if (step.total > 0) {
            progress.value = step.percent;
            status.textContent = step.stage + ': ' + step.done + ' из ' + step.total + ' (' + step.percent + ' %)';
          } else {
            status.textContent = step.stage;
          }
        };
        ask.send();
      }, 500);
    };
    request.onloadend = function () { clearInterval(polling); polling = null; };
    request.onload = function () {
      document.open();
      document.write(request.responseText);
      document.close();
      history.replaceState(null, '', form.dataset.page || form.action.replace(/\/(mentees|mentors)\/import$/, ''));
    };
    request.onerror = function () {
      button.disabled = false;
      progress.hidden = true;
      status.textContent = 'Не удалось отправить файл. Проверьте соединение и попробуйте ещё раз.';
    };
    var data = new FormData(form);
    data.append('progressId', progressId);
    request.send(data);
  });
});
