import { LINKS } from '../../domain/links';
import type { CatalogWords } from '../catalog';

/**
 * The FAQ topics' words, by topic id: the questions the two Microsoft documents answer
 * (../shared/seeds/). Answers follow the seeds' wording; the MFA deadline (5 January 2026) is in
 * the past, so the requirement is described as in force.
 */
export const topics: CatalogWords['topics'] = {
  topics: {
    'why-work-account': {
      title: 'Por que o VLSC precisa de uma conta corporativa ou de estudante?',
      shortAnswer:
        'A Microsoft está migrando os recursos de licenciamento por volume para plataformas modernas, como o Centro de administração do Microsoft 365, que exigem contas corporativas ou de estudante. Com uma delas, você tem um único ID de entrada para software local, serviços online e assinaturas como o Visual Studio no Centro de Serviços de Licenciamento por Volume (VLSC) e em outros sites da Microsoft.',
      steps: [
        'Autenticação e autorização de primeira linha: a melhor opção para proteger os ativos corporativos adquiridos pelos programas de Licenciamento por Volume da Microsoft.',
        'Mais segurança: é fácil identificar que os usuários pertencem a uma organização, e o acesso deles é removido assim que deixam de fazer parte do diretório da organização.',
        'Senhas esquecidas podem ser redefinidas pelo Administrador Global da sua organização, ou pela redefinição de senha por autoatendimento, se o Administrador Global permitir.',
      ],
    },
    'what-is-work-account': {
      title: 'O que é uma conta corporativa ou de estudante?',
      shortAnswer:
        'Uma conta corporativa ou de estudante é uma conta vinculada à sua organização, normalmente username@orgname.com ou username@orgname.onmicrosoft.com. Ela autentica sua relação com a organização licenciada; ela não exige que você ou sua organização usem serviços da Microsoft como o Office 365.',
      steps: [
        'Se sua organização já usa um serviço como o Office 365 ou o Microsoft 365, você já tem uma conta corporativa: entre no VLSC com a mesma conta que você usa para esse serviço.',
        'Ao contrário de uma conta pessoal da Microsoft (como outlook.com ou hotmail.com), uma conta corporativa ou de estudante pertence à sua organização: o Administrador Global dela pode redefinir a senha, e seu acesso termina quando você sai. O VLSC só deixa as contas pessoais da Microsoft entrarem por um número limitado de logins.',
      ],
    },
    'takeover-prompt': {
      title: 'O VLSC pede que eu assuma o controle do meu diretório não gerenciado como administrador',
      shortAnswer:
        'Sua conta corporativa ou de estudante foi criada por inscrição de autoatendimento (um locatário não gerenciado ou “viral”, sem administrador). A Microsoft precisa que sua organização verifique que é dona do domínio de email com o qual você entra: por exemplo, para admin@fourthcoffee.xyz, que a organização é dona de fourthcoffee.xyz. Enquanto isso, você recebe um número de logins restantes.',
      steps: [
        'Opção 1: continue entrando com o endereço de email da sua organização assumindo o controle do locatário viral (verificando que você é dono do domínio).',
        'Opção 2: crie uma nova conta corporativa ou de estudante que não corresponda ao domínio de email da sua organização, como user@fourthcoffeexyz.onmicrosoft.com.',
        'Ainda não está pronto? Enquanto tiver logins restantes, escolha **Ignorar (Skip)** e entre com sua conta atual.',
      ],
    },
    'option1-takeover': {
      title: 'Opção 1: entre com o domínio de email da sua organização assumindo o controle do locatário viral',
      shortAnswer:
        'Para continuar entrando com um endereço específico da sua organização (por exemplo, admin@fourthcoffee.xyz), você ou o administrador de rede da sua organização verifica a propriedade desse domínio de email assumindo o controle do locatário viral.',
      steps: [
        'Seu administrador de TI ou de rede confirma os registros TXT de DNS do domínio. Eles estão disponíveis no registrador do nome de domínio, como a GoDaddy.',
        'Ele pode passar para você os detalhes do TXT de DNS para que você conclua as etapas, ou se tornar ele mesmo o Administrador Global da conta corporativa ou de estudante da sua organização. Isso não significa que ele precise gerenciar licenças no VLSC.',
        'Siga as instruções passo a passo da Microsoft para assumir o controle de um diretório não gerenciado.',
        'Ainda não está pronto e ainda tem logins restantes? Escolha **Ignorar (Skip)** e entre no VLSC com sua conta atual.',
      ],
    },
    'option2-new-account': {
      title: 'Opção 2: crie um novo ID de usuário que não corresponda ao domínio de email da sua organização',
      shortAnswer:
        'Se um login que não corresponda ao domínio de email da sua organização for aceitável, ou se você não puder provar a propriedade do domínio agora, crie uma nova conta corporativa ou de estudante (como user@fourthcoffeexyz.onmicrosoft.com) que você mesmo gerencia. Você pode fazer isso sem precisar ligar para o suporte do VLSC e as etapas levam minutos, mas conte com até 2 dias úteis antes de conseguir entrar no VLSC com a nova conta.',
      steps: [
        'Envie uma solicitação pelo formulário web ao suporte do VLSC para desassociar sua conta atual do VLSC do seu endereço de email e convidar você a se registrar de novo. Para o Canadá e os EUA, use o formulário web N.America MAK ADD. NÃO entre no VLSC até que o suporte do VLSC confirme que a desassociação foi concluída.',
        'Acesse Inscrever-se (Sign Up) e crie uma nova conta corporativa ou de estudante (como user@fourthcoffeexyz.onmicrosoft.com) tendo você como administrador; esse tipo de domínio não precisa de detalhes de TXT de DNS. Anote seu ID de usuário.',
        'Depois que o suporte do VLSC confirmar a desassociação, volte ao VLSC, escolha **entrar com uma conta corporativa ou de estudante (Sign In with a Work or School Account)** e informe a nova conta.',
        'Dica: antes de implantar serviços online como o Office 365, peça à sua organização que assuma o controle dessa nova conta e a vincule ao próprio domínio personalizado.',
      ],
    },
    'skip-and-remaining-logins': {
      title: 'Por que tenho um número limitado de logins restantes e o que faz o Ignorar (Skip)?',
      shortAnswer:
        'Quando você entra no VLSC com uma conta não gerenciada (de locatário viral), recebe um número limitado de logins restantes para ter tempo de convertê-la em uma conta gerenciada. Enquanto isso, escolha **Ignorar (Skip)** para continuar entrando com seu ID de login atual do VLSC.',
      steps: [
        'Escolha **Ignorar (Skip)** se precisar de mais tempo para assumir o controle da sua conta não gerenciada ou para encontrar alguém na sua organização que possa fazer isso.',
        'O número de logins restantes é limitado: antes que eles acabem, você ou alguém da sua organização precisa se tornar administrador da conta com a qual você entra.',
        'Zero logins restantes e precisa de mais tempo? Envie uma solicitação ao suporte do VLSC informando o endereço de email com o qual você entra no VLSC e pedindo que sessões de login extras sejam adicionadas à sua conta.',
      ],
    },
    'limited-logins-msa': {
      title: 'Por que tenho um número limitado de logins com uma conta pessoal da Microsoft?',
      shortAnswer:
        'Os usuários do VLSC que ainda entram com uma conta pessoal da Microsoft recebem um número limitado de logins restantes, para que tenham tempo suficiente de mudar para a conta corporativa ou de estudante exigida. Comece a usar uma conta corporativa ou de estudante o quanto antes.',
      steps: [
        'Se sua organização usa o Microsoft 365 ou outro serviço online da Microsoft, entre no VLSC com a conta corporativa que você usa lá.',
        'Se você ainda não tem uma conta corporativa ou de estudante, crie uma em Inscrever-se (Sign Up).',
      ],
    },
    'sign-up-work-account': {
      title: 'Como me inscrevo para uma nova conta corporativa ou de estudante?',
      shortAnswer:
        'Se sua organização usa o Microsoft 365 ou qualquer serviço online da Microsoft, você provavelmente já tem uma conta corporativa ou de estudante: tente o ID de usuário e a senha que você usa no trabalho. Se não, você ainda pode obter uma em Inscrever-se (Sign Up), sem assinar nenhum serviço online.',
      steps: [
        'Tente entrar no VLSC com o ID de usuário e a senha que você usa para entrar no trabalho.',
        'Se sua organização não usa serviços online como o Microsoft 365, acesse Inscrever-se (Sign Up) e crie uma conta corporativa ou de estudante.',
        'Sua nova conta pode ter uma aparência como yourusername@yourcompany.onmicrosoft.com. Se você tem seu próprio nome de domínio (como yourcompany.com), pode adicioná-lo mais tarde pelo console de administração.',
        'Se quiser, você pode adicionar serviços ao mesmo locatário mais tarde.',
      ],
    },
    'what-is-unmanaged-tenant': {
      title: 'O que é um locatário não gerenciado (“viral”)?',
      shortAnswer:
        'Um locatário do Azure AD não gerenciado, às vezes chamado de “locatário viral”, é um locatário sem administrador global. Ele surge quando os usuários se inscrevem em um serviço de nuvem e uma identidade é criada automaticamente para eles no Azure AD, com base no domínio de email deles.',
      steps: [
        'O VLSC antes permitia a entrada com um locatário não gerenciado, mas agora exige locatários gerenciados.',
        'O motivo: os recursos de licenciamento por volume estão migrando para plataformas mais modernas, para que você possa usar o mesmo ID de usuário e a mesma senha com produtos e serviços da Microsoft comprados de formas diferentes: por meio de Provedores de Soluções de Licenciamento por Volume, Provedores de Serviços de Nuvem ou diretamente da Microsoft no Centro de administração do Microsoft 365.',
      ],
    },
    'check-unmanaged': {
      title: 'Como sei se tenho uma conta de locatário não gerenciado?',
      shortAnswer:
        'Se você entrar no VLSC com uma conta não gerenciada (de “locatário viral”), o site avisa você. Você também pode verificar sem entrar no VLSC.',
      steps: [
        'Entre no Centro de Serviços de Licenciamento por Volume: ele informa se a conta não é gerenciada.',
        'Ou entre no Portal.Office.com (ou em outro serviço online): se você vir um bloco Administrador (Admin) no Seletor de Aplicativos (App Picker), o locatário não é gerenciado.',
        'Ou, para profissionais de TI, sem entrar no VLSC: digite **verificar** seguido do endereço (por exemplo, verificar you@yourcompany.com) e vou consultar o domínio na Microsoft.',
      ],
    },
    'what-is-takeover': {
      title: 'O que é a aquisição de um locatário viral?',
      shortAnswer:
        'A aquisição de um locatário viral (a aquisição de um locatário não gerenciado) é o processo pelo qual um usuário se torna administrador de um locatário não gerenciado. Depois que o locatário tem um administrador, ele pode ser usado para adicionar outros usuários à mesma organização, adicionar serviços online e continuar usando recursos como o VLSC.',
      steps: [
        'Aquisição de administrador interna: você se torna o administrador global do locatário não gerenciado; nenhum usuário, domínio ou plano de serviço é migrado para outro diretório que você administra.',
        'Aquisição de administrador externa: um Administrador Global de um locatário gerenciado existente adiciona o nome de domínio e mapeia os usuários para os recursos; os usuários, as assinaturas e as atribuições de licença do locatário não gerenciado são transferidos com o domínio. A Microsoft dá suporte a ela para o Azure Rights Management e o Exchange Online, e para os planos de serviço Power Apps Free, Power Automate Free, RMS for individuals, Microsoft Stream e avaliação gratuita do Dynamics 365; ela não tem suporte quando o locatário não gerenciado tem planos de serviço que incluem SharePoint, OneDrive ou Skype for Business (por exemplo, por meio de uma assinatura gratuita do Office).',
      ],
    },
    'takeover-blockers': {
      title: 'O que pode me impedir de concluir uma aquisição?',
      shortAnswer:
        'Os obstáculos comuns são: você não consegue identificar seu Administrador de TI, não consegue provar a propriedade do domínio ou sua conta pertence a um domínio restrito ou recuperado. Nesses casos, talvez você prefira criar um novo ID de usuário (opção 2).',
      steps: [
        'Não consegue identificar seu Administrador de TI: organizações grandes normalmente têm um número de suporte técnico; as menores podem terceirizar isso para um fornecedor de TI. Se sua organização também tem um locatário gerenciado (aquele com o qual você usa o Teams, por exemplo), os Administradores Globais dele aparecem no Centro de administração do Microsoft Entra em **Entra ID > Funções e administradores > Administrador Global (Roles and administrators > Global Administrator)**, ou digite **quem é meu administrador**.',
        'Não consegue provar a propriedade do domínio: seus Administradores de TI sabem disso ou têm acesso às informações, que vêm do seu provedor de serviços de internet.',
        'Domínio restrito ou recuperado: essa configuração é definida pelo administrador da sua organização; pode ser necessária uma conta corporativa separada do locatário da sua organização.',
        'Em qualquer um desses casos, considere a opção 2: uma nova conta corporativa ou de estudante como user@fourthcoffeexyz.onmicrosoft.com.',
      ],
    },
    'how-to-takeover': {
      title: 'Como faço a aquisição de um locatário viral?',
      shortAnswer:
        'A aquisição é um processo de várias etapas em que você, ou alguém da sua organização, prova a propriedade do domínio e se torna o Administrador Global dele na Microsoft: por exemplo, admin@fourthcoffee.xyz se torna Administrador Global do locatário fourthcoffee.xyz. O suporte do VLSC não pode fazer alterações no seu locatário por você.',
      steps: [
        'Reserve um tempo para revisar os recursos e consultar pessoas da sua organização; enquanto isso, você pode continuar entrando com sua conta atual para tarefas urgentes no VLSC.',
        'Considere pedir ao seu Administrador de TI ou de Rede (a pessoa que administra o seu domínio) que faça a aquisição. Isso não significa que ele terá que administrar o VLSC ou comprar uma assinatura.',
        'Escolha uma aquisição “interna” (você se torna administrador global e nada é migrado) ou uma aquisição “externa” (um Administrador Global de um locatário gerenciado existente adiciona o domínio e mapeia os usuários para os recursos: usuários, assinaturas e atribuições de licença são transferidos; a Microsoft dá suporte a ela para o Azure Rights Management, o Exchange Online e alguns planos de serviço gratuitos, mas não quando o locatário não gerenciado tem planos de serviço que incluem SharePoint, OneDrive ou Skype for Business).',
        'Siga o guia passo a passo da Microsoft, Assumir um diretório não gerenciado (Take over an unmanaged directory).',
      ],
    },
    'contact-support': {
      title: 'Como entro em contato com o suporte do VLSC?',
      shortAnswer:
        'Os clientes do VLSC podem entrar em contato com o suporte do VLSC por telefone ou pelo formulário web. A Microsoft responde às solicitações enviadas pelo formulário web em até 24 horas. O suporte do VLSC não pode fazer alterações no seu locatário por você.',
      steps: [
        'Abra a página de contato do suporte do VLSC e escolha telefone ou formulário web.',
        'Informe o endereço de email com o qual você entra no VLSC e diga do que precisa, por exemplo sessões de login extras ou a desassociação da sua conta.',
        'Para o Canadá e os EUA, os pedidos de desassociação usam o formulário web N.America MAK ADD.',
      ],
    },
    'mfa-requirement': {
      title: 'O que é o requisito de MFA obrigatória para o Volume Licensing Central?',
      shortAnswer:
        'A autenticação multifator (MFA) é obrigatória para todas as pessoas que entram no Volume Licensing Central (VL Central). O prazo para adesão foi 5 de janeiro de 2026, então o requisito está em vigor: um usuário sem MFA precisa se registrar ao entrar e não pode continuar até fazer isso.',
      steps: [
        'Identifique o administrador que vai implementar a MFA, normalmente o Administrador Global do Microsoft Entra.',
        'Imponha a MFA para o VL Central em todo o locatário, de preferência com uma política de Acesso Condicional (os padrões de segurança ou a MFA por usuário são alternativas).',
        'Garanta que os usuários estejam prontos para a MFA: eles registram pelo menos um método de verificação em aka.ms/mfasetup.',
      ],
    },
    'find-global-admin': {
      title: 'Como encontro o Administrador Global do meu locatário?',
      shortAnswer:
        'A pessoa que implementa a MFA normalmente é o Administrador Global do Microsoft Entra (também chamado de “Administrador da Empresa”, Company Administrator) ou uma função de administrador equivalente que possa gerenciar as configurações de segurança. Você pode ver quem tem a função no Centro de administração do Microsoft Entra.',
      steps: [
        'Acesse https://entra.microsoft.com.',
        'Navegue até **Entra ID > Funções e administradores (Roles and administrators)**.',
        'Pesquise **Administrador Global (Global Administrator)**.',
        'Você verá uma lista dos usuários atribuídos a essa função no seu locatário.',
        'Sem acesso ao portal do Entra? Entre em contato com o departamento de TI, a equipe de operações de segurança ou o suporte técnico interno. Ou digite **quem é meu administrador** e vou procurá-los.',
      ],
    },
    'enforce-mfa-conditional-access': {
      title: 'Como imponho a MFA para o Volume Licensing Central com o Acesso Condicional?',
      shortAnswer:
        'A Microsoft recomenda uma política de Acesso Condicional no Microsoft Entra ID que exija a MFA para todos os usuários, internos e convidados, quando eles acessarem o Volume Licensing Central. Se o Acesso Condicional não estiver disponível para o seu locatário, use os padrões de segurança ou a MFA por usuário.',
      steps: [
        'Entre no Centro de administração do Microsoft Entra (https://entra.microsoft.com) como Administrador Global (ou Administrador de Acesso Condicional).',
        'Navegue até **Entra ID > Acesso Condicional > Visão geral (Conditional Access > Overview)** e selecione **+ Criar nova política (+ Create new policy)**.',
        'Insira um nome para a política, por exemplo “MFA para o Volume Licensing Central”.',
        'Em **Atribuições (Assignments)**, selecione o valor atual em **Usuários (Users)**.',
        'Em **Incluir (Include)**, escolha **Todos os usuários (All Users)**. Isso abrange todos os usuários internos e os usuários convidados B2B que acessam seus recursos de Licenciamento por Volume.',
        'Em **Atribuições (Assignments)**, selecione o valor atual em **Recursos de destino (Target Resources)** e, em **Selecione a que esta política se aplica (Select what this policy applies to)**, verifique se **Recursos (anteriormente aplicativos de nuvem) (Resources (Formerly cloud apps))** está selecionado.',
        'Em **Incluir (Include)**, escolha **Selecionar aplicativos (Select Apps)**.',
        'Em **Incluir (Include)**, escolha **Selecionar recursos (Select resources)** e depois clique em **Nenhum (None)** em **Selecionar (Select)**.',
        'Na janela **Selecionar recursos (Select Resources)**, escolha **Portais de Administração da Microsoft (Microsoft Admin Portals)** e clique em **Selecionar (Select)**. Observação: isso habilita a MFA em todos os portais de administração associados, incluindo o Centro de administração do Microsoft 365, o Centro de administração do Exchange, o portal do Azure e o Centro de administração do Microsoft Entra.',
        'Deixe as **Condições (Conditions)** com os valores padrão (todos os locais, todos os estados de dispositivo), a menos que você tenha uma necessidade específica, como excluir IPs confiáveis ou dispositivos em conformidade.',
        'Em **Controles de acesso > Conceder (Access controls > Grant)**, escolha **Exigir autenticação multifator (Require multi-factor authentication)** e garanta que nenhum controle conflitante (como **Bloquear acesso (Block access)**) esteja selecionado.',
        'Defina **Habilitar política (Enable policy)** como **Ativado (On)** e selecione **Criar (Create)**. A partir daí, a MFA é pedida aos usuários quando eles entram no Volume Licensing Central; com a persistência de sessão permitida, um usuário que concluiu a MFA recentemente pode não receber o pedido a cada entrada.',
      ],
    },
    'mfa-security-defaults': {
      title: 'Posso usar os padrões de segurança em vez do Acesso Condicional?',
      shortAnswer:
        'Sim, se o Acesso Condicional não estiver disponível: ele precisa de pelo menos uma licença do Microsoft Entra ID P1, enquanto os padrões de segurança não precisam de nenhuma. Os padrões de segurança exigem que todos os usuários se registrem na MFA e a façam em determinados cenários: a Microsoft decide quando pedi-la a um usuário, e os administradores que a Microsoft lista (entre eles, Administrador Global, de Segurança e de Acesso Condicional) precisam fazê-la a cada entrada. Eles se aplicam a todas as entradas em todos os aplicativos, não só ao Volume Licensing Central.',
      steps: [
        'Entre no Centro de administração do Microsoft Entra como, no mínimo, Administrador de Segurança, acesse **Entra ID > Visão geral > Propriedades > Gerenciar padrões de segurança (Overview > Properties > Manage Security Defaults)** e habilite-os.',
        'Se os padrões de segurança já estiverem em uso e for aceitável aplicá-los a todos os aplicativos, talvez você não precise de uma política separada.',
        'Os padrões de segurança e as políticas de Acesso Condicional não funcionam juntos: um locatário que usa políticas de Acesso Condicional precisa desativar os padrões de segurança.',
        'Se os padrões de segurança também não servirem, a MFA por usuário (herdada) é a forma que resta de exigir a MFA sem Acesso Condicional.',
      ],
    },
    'mfa-per-user': {
      title: 'Como habilito a MFA por usuário?',
      shortAnswer:
        'A MFA por usuário é a alternativa herdada quando você não pode usar o Acesso Condicional e os padrões de segurança não servem. Ela é menos escalável e menos flexível; em geral, a Microsoft recomenda o Acesso Condicional.',
      steps: [
        'No Centro de administração do Microsoft Entra, acesse **Usuários > Autenticação multifator (Users > Multi-Factor Authentication)** (ou, no Centro de administração do Microsoft 365, **Usuários ativos > MFA (Active Users > MFA)**).',
        'Selecione cada usuário e ative a imposição da MFA para a conta dele.',
        'Garanta que cada conta que usa o Volume Licensing Central, incluindo os convidados no seu diretório, esteja definida como **Imposto (Enforced)** ou **Habilitado (Enabled)**.',
        'Só as contas que você habilitar ficam cobertas. Um usuário habilitado precisa se registrar na MFA na próxima entrada em um navegador e, depois, faz a MFA a cada entrada (com algumas exceções, como IPs confiáveis ou dispositivos lembrados), então avise com antecedência.',
        'A MFA por usuário é gerenciada por um Administrador de Autenticação ou Administrador de Política de Autenticação (ou por um Administrador Global).',
      ],
    },
    'user-mfa-registration': {
      title: 'Como os usuários se registram na MFA?',
      shortAnswer:
        'Cada usuário acessa a página de configuração da MFA (https://aka.ms/mfasetup) e adiciona pelo menos um método de verificação habilitado para o locatário. O aplicativo Microsoft Authenticator em um telefone costuma ser o mais fácil.',
      steps: [
        'Acesse https://aka.ms/mfasetup e adicione um método de verificação, por exemplo o aplicativo Microsoft Authenticator.',
        'Adicione também um método de backup (por exemplo, um segundo telefone ou um token de hardware), caso você perca o acesso ao primeiro.',
        'Os administradores escolhem quais métodos o locatário permite em **Página Inicial > Métodos de autenticação > Políticas (Home > Authentication methods > Policies)** no portal do Entra.',
        'Perdeu ou trocou o telefone com seu único método? Entre com seu método de backup e registre o novo telefone em https://aka.ms/mfasetup. Sem um método de backup, peça ajuda ao departamento de TI ou ao suporte técnico: um Administrador de Autenticação pode exigir que você registre seus métodos de novo.',
        `Para problemas ao habilitar a MFA na sua organização, envie um email para ${LINKS.mfaSupportEmail}.`,
      ],
    },
    'mfa-guest-users': {
      title: 'Os usuários convidados precisam de MFA para o Volume Licensing Central?',
      shortAnswer:
        'Sim. Uma política de Acesso Condicional que inclui Todos os usuários também abrange os usuários convidados B2B: ela também pede a MFA aos convidados. Convidados de organizações parceiras talvez precisem habilitar a MFA no locatário de origem, que atende o aviso de MFA deles na maioria dos casos (orientação da Microsoft para parceiros). A MFA feita no locatário de origem só conta no seu quando as configurações de confiança de entrada do acesso entre locatários confiam na MFA dele (Microsoft Learn); sem essa confiança (o padrão), os convidados se registram e fazem a MFA no seu locatário.',
      steps: [
        'Coordene com seus parceiros para que os usuários deles conheçam o requisito.',
        'Para aceitar a MFA que os convidados fazem no locatário de origem, confie na MFA desse locatário nas configurações de confiança de entrada do acesso entre locatários (cross-tenant access inbound trust settings).',
        'Se você usa a MFA por usuário, defina também os convidados no seu diretório como Imposto (Enforced) ou Habilitado (Enabled).',
      ],
    },
    'mfa-external-idp': {
      title: 'Usamos MFA de terceiros ou um provedor de identidade federado',
      shortAnswer:
        'A MFA de terceiros pode ser integrada diretamente ao Microsoft Entra ID como método de autenticação externo. Se o Entra ID for federado com um provedor de identidade, esse provedor precisa ser configurado para enviar a declaração multipleauthn ao Microsoft Entra ID, que só a aceita quando a configuração federatedIdpMfaBehavior do domínio aceita a MFA feita pelo provedor de identidade.',
      steps: [
        'MFA de terceiros: adicione o provedor como método de autenticação externo (consulte “Gerenciar um método de autenticação externo no Microsoft Entra ID”; os métodos de autenticação externos precisam de pelo menos o Microsoft Entra ID P1). Os provedores encontram os detalhes na referência de provedores de métodos externos da autenticação multifator do Microsoft Entra.',
        'Provedor de identidade federado: configure-o para enviar a declaração multipleauthn, conforme descrito em “Atender aos controles de MFA do Microsoft Entra ID com declarações de MFA de um IdP federado”.',
        'O Microsoft Entra ID só aceita essa declaração quando a configuração de MFA federada do domínio (federatedIdpMfaBehavior) aceita a MFA feita pelo provedor de identidade: acceptIfMfaDoneByFederatedIdp ou enforceMfaByFederatedIdp. Com rejectMfaByFederatedIdp, o Entra ID sempre faz a MFA ele mesmo.',
      ],
    },
    'mfa-after-deadline': {
      title: 'O que acontece se um usuário não configurou a MFA?',
      shortAnswer:
        'Desde 5 de janeiro de 2026, um usuário que não configurou a MFA não é simplesmente bloqueado no Volume Licensing Central: ele precisa se registrar na MFA como parte da entrada. Ele não pode ignorar isso; sem MFA, ele não pode continuar.',
      steps: [
        'Na entrada, o Microsoft Entra ID pede ao usuário que conclua o registro da MFA primeiro.',
        'Depois de selecionar **Avançar (Next)**, o usuário escolhe em uma lista de métodos de verificação.',
        'Depois do registro, o usuário conclui a verificação da MFA com o método escolhido.',
        'Um usuário que se recusa não pode prosseguir para o Volume Licensing Central; o aviso aparece toda vez até ele concluir.',
      ],
    },
    'mfa-support-contact': {
      title: 'Com quem falo sobre problemas para habilitar a MFA?',
      shortAnswer: `Se você tiver problemas para habilitar a MFA na sua organização, envie um email para ${LINKS.mfaSupportEmail} pedindo ajuda.`,
      steps: [
        `Envie um email para ${LINKS.mfaSupportEmail} descrevendo o problema que você tem para habilitar a MFA na sua organização.`,
        'Ou digite **redigir email ao suporte de mfa** e eu preparo a mensagem para você.',
      ],
    },
  },
  links: {
    takeover: 'Assumir um diretório não gerenciado (Microsoft Learn)',
    selfServiceSignup: 'O que é a inscrição por autoatendimento no Microsoft Entra ID? (Microsoft Learn)',
    signUp: 'Inscrever-se para uma conta corporativa ou de estudante',
    vlscSupport: 'Contatar o suporte do VLSC',
    vlsc: 'Centro de Serviços de Licenciamento por Volume (VLSC)',
    entra: 'Centro de administração do Microsoft Entra',
    mfaSetup: 'Configurar seus métodos de entrada (aka.ms/mfasetup)',
    enableMfa: 'Habilitar a autenticação multifator do Microsoft Entra (Microsoft Learn)',
    securityDefaults: 'Configurar os padrões de segurança do Microsoft Entra ID (Microsoft Learn)',
    perUserMfa: 'Habilitar a autenticação multifator por usuário (Microsoft Learn)',
    externalMfa: 'Referência de provedores de métodos externos da autenticação multifator do Microsoft Entra (Microsoft Learn)',
    externalMfaManage: 'Gerenciar um método de autenticação externo no Microsoft Entra ID (Microsoft Learn)',
    federatedMfa: 'Atender aos controles de MFA do Microsoft Entra ID com declarações de MFA de um IdP federado (Microsoft Learn)',
    guestMfa: 'Autenticação e Acesso Condicional para o External ID (Microsoft Learn)',
    manageUserMfaMethods: 'Gerenciar os métodos de autenticação dos usuários para a autenticação multifator do Microsoft Entra (Microsoft Learn)',
    mfaSupport: `Enviar email para ${LINKS.mfaSupportEmail}`,
  },
};
